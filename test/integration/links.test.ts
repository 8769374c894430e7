import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { callApi } from '../../src/main/core/api/method-args';
import type { Job } from '../../src/shared/jobs';
import { noisyJpeg, tempDir } from '../support/images';
import { startLinkServer, startSilentServer, type LinkServer } from '../support/link-server';
import { downloadLink } from '../../src/main/core/links/download';
import { linkLimits } from '../../src/main/core/links/link-intake';
import { startRig, type ServiceRig } from '../support/service-rig';
import { createTestHistoryStore } from '../support/test-history';

let rig: ServiceRig | null = null;
let web: LinkServer | null = null;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await rig?.close();
  rig = null;
  await web?.close();
  web = null;
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function setUp(maxInputBytes?: number): Promise<{ downloads: string; web: LinkServer }> {
  const t = await tempDir('uploader-links-');
  cleanups.push(t.cleanup);
  const downloads = join(t.dir, 'state', 'downloads');
  rig = await startRig({
    service: {
      history: createTestHistoryStore(),
      downloadsDir: downloads,
      processConcurrency: 1,
      ...(maxInputBytes === undefined ? {} : { maxInputBytes }),
    },
  });
  await rig.connect();
  web = await startLinkServer();
  return { downloads, web };
}

function byLink(jobs: readonly Job[], link: string): Job {
  const job = jobs.find((j) => j.file.link === link);
  if (!job) throw new Error(`no row for ${link}`);
  return job;
}

function failure(job: Job): { code: string; message: string } | null {
  return job.status === 'failed' ? { code: job.error.code, message: job.error.message } : null;
}

describe('images from links, through the service', () => {
  it('downloads a pasted link once from a loopback server, uploads it, and keeps the link in History', async () => {
    const { downloads, web } = await setUp();
    const jpeg = await noisyJpeg(1200, 800, 21);
    // The server says it is a web page: the content decides, not the header.
    web.put('/photos/beach.jpg', { headers: { 'content-type': 'text/html' }, body: jpeg });
    const link = `${web.origin}/photos/beach.jpg?size=large`;

    const { added } = await callApi(rig!.service, 'addLinks', [[link]]);
    expect(added).toHaveLength(1);
    await rig!.service.idle();

    const job = byLink(await rig!.jobs(), link);
    expect(job.status).toBe('done');
    expect(job.file.name).toBe('beach.jpg');
    expect(job.file.bytes).toBe(jpeg.length);
    expect(web.hits.get('/photos/beach.jpg')).toBe(1);
    expect(rig!.emulator.files().map((f) => f.name)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^beach.*\.webp$/)]),
    );

    const history = await rig!.service.queryHistory({});
    expect(history.entries).toHaveLength(1);
    expect(history.entries[0]?.source).toBe(link);
    expect(history.entries[0]?.name).toBe('beach.jpg');

    // The private copy was there for the pipeline only: uploaded, it is gone; the folder is 0700.
    expect((await stat(downloads)).mode & 0o777).toBe(0o700);
    await expect.poll(() => readdir(downloads)).toEqual([]);

    // The same picture from the same link again: already in the list, nothing downloaded.
    const again = await rig!.service.addLinks([link]);
    expect(again).toEqual({ added: [], duplicates: 1 });
    expect(web.hits.get('/photos/beach.jpg')).toBe(1);

    // Cleared from the list, the same content from another link is skipped by its hash.
    await rig!.service.clearFinished();
    web.put('/copy.jpg', { body: jpeg });
    await rig!.service.addLinks([`${web.origin}/copy.jpg`]);
    await rig!.service.idle();
    const copy = byLink(await rig!.jobs(), `${web.origin}/copy.jpg`);
    expect(copy.status === 'done' && copy.reused).toBeTruthy();
  });

  it('refuses a redirect to a non-http scheme, and a too-big and a non-image download, each alone', async () => {
    const { downloads, web } = await setUp(150_000);
    const good = await noisyJpeg(300, 200, 5);
    expect(good.length).toBeLessThan(150_000);
    web.put('/good.jpg', { body: good });
    web.put('/to-file', { status: 302, headers: { location: 'file:///etc/passwd' } });
    web.put('/to-ftp', { status: 301, headers: { location: 'ftp://127.0.0.1/a.jpg' } });
    web.put('/hop', { status: 307, headers: { location: '/good.jpg' } });
    web.put('/big.jpg', { body: await noisyJpeg(2400, 1600, 6) });
    web.put('/page.png', {
      headers: { 'content-type': 'image/png' },
      body: '<!doctype html><html><body>Not a picture</body></html>',
    });
    web.put('/missing.jpg', { status: 404, body: 'no' });
    const links = ['/to-file', '/to-ftp', '/big.jpg', '/page.png', '/missing.jpg', '/hop'].map(
      (p) => `${web.origin}${p}`,
    );

    const { added } = await rig!.service.addLinks(links);
    expect(added).toHaveLength(6);
    await rig!.service.idle();
    const jobs = await rig!.jobs();
    const [toFile, toFtp, big, page, missing, hop] = links.map((l) => byLink(jobs, l));

    expect(failure(toFile!)?.code).toBe('path-refused');
    expect(failure(toFile!)?.message).toMatch(/"file" address, which is not a web address/);
    expect(failure(toFtp!)?.message).toMatch(/"ftp" address/);
    expect(failure(big!)?.code).toBe('too-large');
    expect(failure(big!)?.message).toMatch(/larger than .*download a smaller version/i);
    expect(failure(page!)?.code).toBe('not-an-image');
    expect(failure(page!)?.message).toMatch(/gave a web page or text, not an image/);
    expect(failure(missing!)?.message).toMatch(/answered 404/);
    // The batch went on: a link redirected within http is downloaded and uploaded.
    expect(hop?.status).toBe('done');
    expect(hop?.file.name).toBe('good.jpg');
    // A refused download leaves nothing behind, not even its .part file.
    await expect.poll(() => readdir(downloads)).toEqual([]);
  });

  it('refuses what the page may not send: a link that is not http(s)', async () => {
    await setUp();
    expect(() => callApi(rig!.service, 'addLinks', [['file:///etc/passwd']])).toThrow(
      /starts with "file"/,
    );
    expect(() => callApi(rig!.service, 'addLinks', [['javascript:alert(1)']])).toThrow(/not http/);
    expect(await rig!.jobs()).toEqual([]);
  });

  it('refuses a link or a redirect with a user name or password, and keeps no secret of it', async () => {
    const { web } = await setUp();
    web.put('/photo.jpg', { body: await noisyJpeg(300, 200, 25) });
    const withPassword = web.origin.replace('//', '//editor:s3cret@') + '/photo.jpg';
    web.put('/hop', { status: 302, headers: { location: withPassword } });
    // The page is told at once; a program's or the CLI's link gets a failed row (below).
    expect(() => callApi(rig!.service, 'addLinks', [[withPassword]])).toThrow(
      /^This link holds a user name or password/,
    );
    await rig!.service.addLinks([withPassword, `${web.origin}/hop`]);
    await rig!.service.idle();
    const jobs = await rig!.jobs();
    expect(jobs).toHaveLength(2);
    for (const job of jobs) {
      expect(failure(job)?.message).toMatch(/^This link holds a user name or password/);
    }
    expect(jobs.map((j) => j.file.link).sort()).toEqual(
      [`${web.origin}/photo.jpg`, `${web.origin}/hop`].sort(),
    );
    expect(JSON.stringify(jobs)).not.toContain('s3cret');
    expect(web.hits.get('/photo.jpg') ?? 0).toBe(0);
  });
});

describe('links another program sends reach the public internet only', () => {
  it('refuses a loopback address, and a host name that resolves to one, without connecting', async () => {
    const { web } = await setUp();
    web.put('/secret.jpg', { body: await noisyJpeg(400, 300, 8) });
    const links = [
      `${web.origin}/secret.jpg`,
      `http://localhost:${web.port}/secret.jpg`,
      `http://[::1]:${web.port}/secret.jpg`,
      `http://[::ffff:127.0.0.1]:${web.port}/secret.jpg`,
      `http://0.0.0.0:${web.port}/secret.jpg`,
    ];
    const { added } = await rig!.service.addLinksForIntegration(links);
    expect(added).toHaveLength(links.length);
    await rig!.service.idle();
    const jobs = await rig!.jobs();
    for (const link of links) {
      const refused = failure(byLink(jobs, link));
      expect(refused?.code, link).toBe('path-refused');
      expect(refused?.message).toMatch(/this computer or the local network/);
    }
    expect(web.hits.get('/secret.jpg') ?? 0).toBe(0);
  });
});

describe('the PicGo server with links in its list', () => {
  it('answers a link to this computer with a refusal, and never fetches it', async () => {
    const { web } = await setUp();
    web.put('/intranet.jpg', { body: await noisyJpeg(400, 300, 9) });
    const view = await rig!.service.updateSettings({
      integrations: { picgo: { enabled: true, port: 0, key: '' } },
    });
    if (view.picgoServer.state !== 'listening') throw new Error('the server did not start');
    const { port } = view.picgoServer;
    const post = async (link: string) => {
      const res = await fetch(`http://127.0.0.1:${port}/upload`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ list: [link] }),
      });
      return (await res.json()) as { success: boolean; message?: string };
    };

    for (const link of [
      `${web.origin}/intranet.jpg`,
      `http://localhost:${web.port}/intranet.jpg`,
    ]) {
      const answer = await post(link);
      expect(answer.success).toBe(false);
      expect(answer.message).toContain(link);
      expect(answer.message).toMatch(/this computer or the local network/);
    }
    expect(web.hits.get('/intranet.jpg') ?? 0).toBe(0);
  });
});

describe('downloadLink', () => {
  it('connects to the address it checked, whatever a second lookup would say', async () => {
    const t = await tempDir('uploader-download-');
    cleanups.push(t.cleanup);
    web = await startLinkServer();
    web.put('/a.png', { body: await noisyJpeg(200, 100, 2) });
    const asked: string[] = [];
    // A name no real DNS knows: only the pinned lookup can lead the connection anywhere.
    const resolver = async (host: string) => {
      asked.push(host);
      return [{ address: '127.0.0.1', family: 4 }];
    };
    const got = await downloadLink(`http://pinned.invalid:${web.port}/a.png`, {
      ...linkLimits(1_000_000),
      dir: t.dir,
      reach: 'any',
      resolver,
    });
    expect(asked).toEqual(['pinned.invalid']);
    expect(got.name).toBe('a.png');
    expect((await stat(got.path)).mode & 0o777).toBe(0o600);
  });

  it('refuses a name with any private answer for a program, before connecting', async () => {
    const t = await tempDir('uploader-download-');
    cleanups.push(t.cleanup);
    web = await startLinkServer();
    const resolver = async () => [
      { address: '93.184.215.14', family: 4 },
      { address: '10.0.0.8', family: 4 },
    ];
    await expect(
      downloadLink(`http://mixed.invalid:${web.port}/a.png`, {
        ...linkLimits(1_000_000),
        dir: t.dir,
        reach: 'public',
        resolver,
      }),
    ).rejects.toThrow(/mixed\.invalid: 10\.0\.0\.8/);
    expect(await readdir(t.dir)).toEqual([]);
  });

  it('stops a server that sends nothing, and one that is too slow, with their sentences', async () => {
    const t = await tempDir('uploader-download-');
    cleanups.push(t.cleanup);
    web = await startLinkServer();
    const silent = await startSilentServer();
    cleanups.push(silent.close);
    const options = { ...linkLimits(1_000_000), dir: t.dir, reach: 'any' as const };
    await expect(
      downloadLink(`${silent.origin}/a.jpg`, { ...options, firstAnswerMs: 200 }),
    ).rejects.toThrow(/did not answer within/);
    await expect(
      downloadLink(`${silent.origin}/slow.jpg`, { ...options, firstAnswerMs: 5000, totalMs: 300 }),
    ).rejects.toThrow(/took longer than/);
    expect(await readdir(t.dir)).toEqual([]);
  });
});

describe('a download the server breaks off', () => {
  it('says in plain words that the server refused the connection', async () => {
    const t = await tempDir('uploader-download-');
    cleanups.push(t.cleanup);
    // A port that was just free: nothing listens there any more.
    web = await startLinkServer();
    const closed = web.origin;
    await web.close();
    web = null;
    await expect(
      downloadLink(`${closed}/a.jpg`, { ...linkLimits(1_000), dir: t.dir, reach: 'any' }),
    ).rejects.toThrow(/The download failed \(the server refused the connection\)/);
  });
});

describe('every hop of a link is checked', () => {
  it('refuses a redirect to a refused address, after the first hop was allowed', async () => {
    const t = await tempDir('uploader-download-');
    cleanups.push(t.cleanup);
    web = await startLinkServer();
    // Every server here is on loopback: the rule stands in for "public" by allowing one name's
    // address only, as a public server would be; the redirect leads to another.
    web.put('/start.jpg', {
      status: 302,
      headers: { location: `http://intranet.invalid:${web.port}/secret.jpg` },
    });
    web.put('/secret.jpg', { body: await noisyJpeg(200, 100, 3) });
    const resolver = async (host: string) =>
      host === 'site.invalid'
        ? [{ address: '127.0.0.1', family: 4 }]
        : [{ address: '127.0.0.2', family: 4 }];
    await expect(
      downloadLink(`http://site.invalid:${web.port}/start.jpg`, {
        ...linkLimits(1_000_000),
        dir: t.dir,
        reach: 'public',
        rule: (address) => address === '127.0.0.1',
        resolver,
      }),
    ).rejects.toThrow(/local network \(intranet\.invalid: 127\.0\.0\.2\)/);
    expect(web.hits.get('/start.jpg')).toBe(1);
    expect(web.hits.get('/secret.jpg') ?? 0).toBe(0);
  });
});
