/**
 * Alt text end to end: set on rows before they upload (and with `upload --alt`), it arrives at
 * the emulator as each variant's `description` and is kept in History; changed on a row already
 * uploaded or in History, it changes on the emulator through update file details.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../../src/main/core/api/method-args';
import { StateStore } from '../../src/main/core/persistence';
import type { JobId } from '../../src/shared/jobs';
import { strings } from '../../src/shared/strings';
import { runCli } from '../../src/main/cli/run';
import { noisyJpeg } from '../support/images';
import { startRig, type ServiceRig } from '../support/service-rig';

let dir: string;
let state: StateStore;
let rig: ServiceRig;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uploader-alt-'));
  for (let i = 1; i <= 3; i++)
    await writeFile(join(dir, `photo-${i}.jpg`), await noisyJpeg(900, 600, i));
  state = StateStore.open(join(dir, 'state'));
  rig = await startRig({ service: { history: state.history } });
  await rig.connect();
}, 60_000);

afterAll(async () => {
  await rig?.close();
  state?.close();
  await rm(dir, { recursive: true, force: true });
});

const byName = (name: string) => rig.emulator.files().filter((f) => f.name.startsWith(name));
const until = async (check: () => Promise<boolean>): Promise<void> => {
  const end = Date.now() + 30_000;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('alt text', () => {
  let ids: readonly JobId[];

  it('set on rows before they upload, it goes up as the description of both variants', async () => {
    await rig.service.updateSettings({ upload: { autoUpload: false } });
    ({ added: ids } = await rig.service.addPaths(
      [1, 2, 3].map((i) => join(dir, `photo-${i}.jpg`)),
    ));
    await until(async () => (await rig.jobs()).every((j) => j.status === 'ready'));
    expect((await rig.service.getJobs()).summary.missingAlt).toBe(3);
    // As the page calls it: the arguments go through main's checks.
    expect(
      await callApi(rig.service, 'setAltText', [
        [ids[0], ids[1]],
        { text: '  A harbour at dusk ' },
      ]),
    ).toBe(2);
    expect(await callApi(rig.service, 'setAltText', [[ids[2]], { decorative: true }])).toBe(1);
    expect((await rig.service.getJobs()).summary.missingAlt).toBe(0);
    await rig.service.startUploads();
    await rig.service.idle();
    for (const name of ['photo-1', 'photo-2']) {
      const files = byName(name);
      expect(files).toHaveLength(2);
      expect(files.map((f) => f.description)).toEqual(['A harbour at dusk', 'A harbour at dusk']);
    }
    // Decorative: an empty alt, so no description at all.
    expect(byName('photo-3').map((f) => f.description)).toEqual([undefined, undefined]);
    const entries = state.history.query({ limit: 10 }).entries;
    expect(entries.find((e) => e.name === 'photo-1.jpg')?.alt).toEqual({
      text: 'A harbour at dusk',
    });
    expect(entries.find((e) => e.name === 'photo-3.jpg')?.alt).toEqual({ decorative: true });
  });

  it('changed on an uploaded row, it changes on ImageKit and in History', async () => {
    const requests = rig.emulator.stats().requests;
    await callApi(rig.service, 'setAltText', [[ids[0]], { text: 'Boats in the harbour' }]);
    // One update per variant; nothing is uploaded again.
    expect(rig.emulator.stats().requests).toBe(requests + 2);
    expect(byName('photo-1').map((f) => f.description)).toEqual([
      'Boats in the harbour',
      'Boats in the harbour',
    ]);
    const entry = state.history.query({ search: 'photo-1', limit: 1 }).entries[0];
    expect(entry?.alt).toEqual({ text: 'Boats in the harbour' });
    const row = (await rig.jobs()).find((j) => j.id === ids[0]);
    expect(row?.alt).toEqual({ text: 'Boats in the harbour' });
  });

  it('edited in History, it changes on ImageKit through update file details', async () => {
    const entry = state.history.query({ search: 'photo-2', limit: 1 }).entries[0];
    const updated = await callApi(rig.service, 'setHistoryAlt', [entry?.id, { decorative: true }]);
    expect(updated).toMatchObject({ name: 'photo-2.jpg', alt: { decorative: true } });
    expect(byName('photo-2').map((f) => f.description)).toEqual([undefined, undefined]);
    await callApi(rig.service, 'setHistoryAlt', [entry?.id, { text: 'Two boats' }]);
    expect(byName('photo-2').map((f) => f.description)).toEqual(['Two boats', 'Two boats']);
    // Refused before anything is sent: too long, not text, an entry that is not there.
    const call = (args: unknown[]) =>
      Promise.resolve().then(() => callApi(rig.service, 'setHistoryAlt', args));
    await expect(call([entry?.id, { text: 'x'.repeat(1001) }])).rejects.toThrow(
      'Alt text must be at most 1000 characters.',
    );
    await expect(call([entry?.id, 'words'])).rejects.toThrow('Alt text must be an object.');
    await expect(call([999_999, { text: 'gone' }])).rejects.toThrow(strings.alt.notInHistory);
  });

  it('without the private key, an uploaded file says the key is needed and nothing changes', async () => {
    await rig.service.setPrivateKey(null);
    await expect(rig.service.setAltText([ids[0] as JobId], { text: 'Nope' })).rejects.toThrow(
      strings.alt.needsKey,
    );
    expect(byName('photo-1')[0]?.description).toBe('Boats in the harbour');
    expect((await rig.jobs()).find((j) => j.id === ids[0])?.alt).toEqual({
      text: 'Boats in the harbour',
    });
    await rig.service.setPrivateKey('private_service_test_key');
  });

  it('the CLI: upload --alt gives every file the same alt text; history copies it into HTML', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (l: string) => void out.push(l), err: (l: string) => void err.push(l) };
    const env = {
      IMAGEKIT_PRIVATE_KEY: 'private_service_test_key',
      IMAGEKIT_UPLOAD_URL: rig.emulator.uploadUrl,
      IMAGEKIT_API_URL: rig.emulator.apiUrl,
      IMAGEKIT_URL_ENDPOINT: rig.emulator.urlEndpoint,
    };
    await writeFile(join(dir, 'cli-shot.jpg'), await noisyJpeg(700, 500, 9));
    const stateDir = join(dir, 'cli-state');
    const args = ['upload', join(dir, 'cli-shot.jpg'), '--folder', '/cli', '--state-dir', stateDir];
    expect(await runCli([...args, '--alt', 'A quiet street'], io, { env })).toBe(0);
    expect(byName('cli-shot').map((f) => f.description)).toEqual([
      'A quiet street',
      'A quiet street',
    ]);
    out.length = 0;
    expect(
      await runCli(['history', '--format', 'html', '--state-dir', stateDir], io, { env }),
    ).toBe(0);
    expect(out.join('\n')).toMatch(/alt="A quiet street">$/);
    expect(await runCli([...args, '--alt', ''], io, { env })).toBe(2);
    expect(err.join('\n')).toContain(strings.cli.badAlt(1000));
  });
});
