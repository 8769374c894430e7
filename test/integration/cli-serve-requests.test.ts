/**
 * A real `serve` process: --folder and --tags decide where its uploads go, each request prints a
 * line per file on stdout naming its path, a failure's answer names the file, and a symbolic
 * link in a request is refused (links are followed on the command line only).
 */
import { symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strings } from '../../src/shared/strings';
import { cliRig, type CliRig } from '../support/cli-process';
import { noisyJpeg } from '../support/images';
import { until } from './until';

let rig: CliRig;
let dir: string;

beforeAll(async () => {
  rig = await cliRig('uploader-serve-requests-', 'private_serve_requests');
  dir = rig.dir;
  await writeFile(join(dir, 'note.jpg'), await noisyJpeg(500, 300, 21));
  await writeFile(join(dir, 'other.jpg'), await noisyJpeg(400, 300, 22));
  await writeFile(join(dir, 'words.png'), 'not a picture at all');
  await symlink(join(dir, 'note.jpg'), join(dir, 'alias.jpg'));
});

afterAll(() => rig.close());

async function post(url: string, list: string[]): Promise<Record<string, unknown>> {
  const res = await fetch(url, { method: 'POST', body: JSON.stringify({ list }) });
  return (await res.json()) as Record<string, unknown>;
}

describe('cli serve requests', () => {
  it('uploads to --folder with --tags, and prints a line per file that names its path', async () => {
    const run = rig.cli([
      'serve',
      '--port',
      '0',
      '--folder',
      'notes/2026/',
      '--tags',
      'typora, drafts',
      '--state-dir',
      join(dir, 'state'),
    ]);
    try {
      await until(() => /Listening on/.test(run.output.stdout), 'serve listening', 60_000);
      const url = /http:\/\/127\.0\.0\.1:\d+\/upload/.exec(run.output.stdout)?.[0] as string;

      const ok = await post(url, [join(dir, 'note.jpg')]);
      expect(ok.success).toBe(true);
      const [link] = ok.result as string[];
      expect(link).toMatch(/\/notes\/2026\/note-[0-9a-f]+\.webp$/);
      const stored = rig.emulator.files().filter((f) => f.filePath.startsWith('/notes/2026/'));
      expect(stored).toHaveLength(2);
      expect(stored.every((f) => f.tags.join(',') === 'typora,drafts')).toBe(true);
      await until(() => run.output.stdout.includes(link as string), 'the request line');
      expect(run.output.stdout).toContain(`done    ${join(dir, 'note.jpg')} -> ${link}`);

      const bad = await post(url, [join(dir, 'words.png')]);
      expect(bad.success).toBe(false);
      // The answer names the file, and (as for any path it may not use) tells the caller
      // nothing more about it; the list in the app says which it was.
      expect(bad.message).toBe(strings.picgo.cannotUse(join(dir, 'words.png')));
      await until(
        () => run.output.stdout.includes('words.png was not uploaded'),
        'the failure line',
      );
      expect(run.output.stdout).toContain(`failed  ${bad.message as string}`);

      // A request with a good file and a bad one: the answer is the failure, and the log says
      // that the good one was uploaded all the same.
      const mixed = await post(url, [join(dir, 'other.jpg'), join(dir, 'words.png')]);
      expect(mixed.success).toBe(false);
      expect(mixed.message).toBe(strings.picgo.cannotUse(join(dir, 'words.png')));
      const otherLine = new RegExp(`done    ${join(dir, 'other.jpg')} -> \\S+/notes/2026/other-`);
      await until(() => otherLine.test(run.output.stdout), 'the line of the file that uploaded');

      // A link from another program is not followed, whatever it points at.
      const linked = await post(url, [join(dir, 'alias.jpg')]);
      expect(linked.success).toBe(false);
      expect(linked.message).toBe(strings.picgo.cannotUse(join(dir, 'alias.jpg')));
    } finally {
      run.child.kill('SIGINT');
    }
    expect((await run.exit).code).toBe(130);
  }, 120_000);

  it('refuses tags it cannot use, naming --tags', async () => {
    const { code, stderr } = await rig.cli([
      'serve',
      '--port',
      '0',
      '--tags',
      `a,${'x'.repeat(101)}`,
      '--state-dir',
      join(dir, 's2'),
    ]).exit;
    expect(code).toBe(2);
    expect(stderr.trim()).toMatch(/^error: --tags: .* Run with --help for usage\.$/);
  }, 60_000);
});
