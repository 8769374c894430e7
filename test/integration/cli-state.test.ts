/**
 * Real CLI processes and their state folder: `resume` after a second `upload` continues each
 * file once, `history` reads while another command writes, a --state-dir with no state is
 * refused where the command only reads or continues, and any spelling of a folder finds it.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRig, jsonLines, type CliRig } from '../support/cli-process';
import { noisyJpeg } from '../support/images';
import { until } from './until';

const FILES = 15;

let rig: CliRig;
let dir: string;
/** Every file the emulator stored, in order ("/folder/name"). */
const stored: string[] = [];

beforeAll(async () => {
  rig = await cliRig('uploader-cli-state-', 'private_cli_state', {
    // Slow enough that Ctrl+C lands in the middle of a run.
    faults: { latencyMs: 150 },
    log: (line) => {
      const m = /^stored (\S+) /.exec(line);
      if (m?.[1]) stored.push(m[1]);
    },
  });
  dir = rig.dir;
  await mkdir(join(dir, 'shoot'));
  for (let i = 0; i < FILES; i++) {
    const name = `photo-${String(i).padStart(2, '0')}.jpg`;
    await writeFile(join(dir, 'shoot', name), await noisyJpeg(160, 120, 40 + i));
  }
}, 60_000);

afterAll(() => rig.close());

const cli = (args: readonly string[]) => rig.cli(args);

const storedIn = (folder: string): string[] => stored.filter((p) => p.startsWith(`${folder}/`));

describe('cli state folder', () => {
  it('resume after an interrupted re-run continues each file once', async () => {
    const stateDir = join(dir, 'state-twice');
    const folder = '/twice';
    const upload = ['upload', join(dir, 'shoot'), '--folder', folder, '--concurrency', '1'];
    const args = [...upload, '--json', '--state-dir', stateDir];

    // The first run stops after two files; the second, run again on the same files, stops as
    // soon as it has said something (the two files it finds in the history).
    const first = cli(args);
    await until(() => storedIn(folder).length >= 4, 'four variants stored', 60_000);
    first.child.kill('SIGINT');
    expect((await first.exit).code).toBe(130);
    const second = cli(args);
    await until(() => second.output.stdout.includes('"status"'), 'a line from the re-run', 60_000);
    second.child.kill('SIGINT');
    const secondExit = await second.exit;
    expect(secondExit.code).toBe(130);

    const resumed = await cli(['resume', '--state-dir', stateDir, '--json']).exit;
    expect(resumed.code).toBe(0);
    const lines = jsonLines(resumed.stdout);
    const summary = lines.at(-1) as { summary: { done: number; skipped: number; failed: number } };
    const files = lines.slice(0, -1).map((l) => l.source as string);
    // Each file once: no file twice, and the counts add up to the lines.
    expect(new Set(files).size).toBe(files.length);
    const { done, skipped, failed } = summary.summary;
    expect(done + skipped + failed).toBe(files.length);
    expect(failed).toBe(0);
    // Together the three runs covered every file, and the emulator holds each variant once.
    // (Each stopped run's last line is its summary, which names no file.)
    const reported = new Set(
      [first, second].flatMap((r) =>
        jsonLines(r.output.stdout)
          .filter((l) => 'source' in l)
          .map((l) => l.source),
      ),
    );
    for (const file of files) reported.add(file);
    expect(reported.size).toBe(FILES);
    const library = rig.emulator.files().filter((f) => f.filePath.startsWith(`${folder}/`));
    expect(library).toHaveLength(FILES * 2);
  }, 180_000);

  it('history reads the folder while serve holds it, and sees what serve adds', async () => {
    const stateDir = join(dir, 'state-shared');
    const seeded = await cli([
      'upload',
      join(dir, 'shoot/photo-00.jpg'),
      '--folder',
      '/shared',
      '--state-dir',
      stateDir,
    ]).exit;
    expect(seeded.code).toBe(0);

    const serve = cli(['serve', '--port', '0', '--state-dir', stateDir]);
    try {
      await until(() => /Listening on/.test(serve.output.stdout), 'serve listening', 60_000);
      const before = await cli(['history', '--state-dir', stateDir, '--format', 'url']).exit;
      expect(before.stderr).toBe('');
      expect(before.code).toBe(0);
      expect(before.stdout.trim().split('\n')).toHaveLength(1);

      const url = /http:\/\/127\.0\.0\.1:\d+\/upload/.exec(serve.output.stdout)?.[0] as string;
      const res = await fetch(url, {
        method: 'POST',
        body: JSON.stringify({ list: [join(dir, 'shoot/photo-01.jpg')] }),
      });
      expect(((await res.json()) as { success: boolean }).success).toBe(true);
      const after = await cli(['history', '--state-dir', stateDir, '--format', 'url']).exit;
      expect(after.code).toBe(0);
      expect(after.stdout.trim().split('\n')).toHaveLength(2);
    } finally {
      serve.child.kill('SIGINT');
      await serve.exit;
    }
  }, 120_000);

  it('refuses a --state-dir with no state where the command only reads or continues, unless --create', async () => {
    const typo = join(dir, 'state-typo');
    for (const command of ['history', 'resume']) {
      const refused = await cli([command, '--state-dir', typo]).exit;
      expect(refused.code).toBe(2);
      expect(refused.stdout).toBe('');
      expect(refused.stderr.trim().split('\n')).toHaveLength(1);
      expect(refused.stderr).toContain(`there is no state in ${typo}`);
      expect(refused.stderr).toMatch(/Check --state-dir, or add --create/);
      expect(existsSync(typo)).toBe(false);
    }
    // A folder whose state.db is not the uploader's is named as the likely mistake, too.
    const foreign = join(dir, 'state-foreign');
    await mkdir(foreign);
    await writeFile(join(foreign, 'state.db'), 'these are not the uploads you are looking for');
    const unreadable = await cli(['history', '--state-dir', foreign]).exit;
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toContain(`the state in ${foreign} could not be read`);
    expect(unreadable.stderr).not.toMatch(/at .*\.ts:\d+/);

    const created = await cli(['history', '--state-dir', typo, '--create']).exit;
    expect(created.code).toBe(0);
    expect(created.stderr).toContain(`No upload recorded in ${typo}`);
    expect(existsSync(join(typo, 'state.db'))).toBe(true);
    // `upload` makes state of its own: a new folder is where it starts.
    const fresh = join(dir, 'state-fresh');
    const upload = await cli(['upload', join(dir, 'shoot/photo-02.jpg'), '--state-dir', fresh])
      .exit;
    expect(upload.code).toBe(0);
    expect(existsSync(join(fresh, 'state.db'))).toBe(true);
  }, 120_000);

  it('finds a folder by any spelling: products/2026/ is /products/2026', async () => {
    const stateDir = join(dir, 'state-spelling');
    const upload = await cli([
      'upload',
      join(dir, 'shoot/photo-03.jpg'),
      '--folder',
      'products/2026/',
      '--json',
      '--state-dir',
      stateDir,
    ]).exit;
    expect(upload.code).toBe(0);
    expect(jsonLines(upload.stdout)[0]).toMatchObject({
      main: { path: expect.stringMatching(/^\/products\/2026\/photo-03-/) },
    });
    for (const spelling of ['products/2026/', '/products/2026', '/products//2026/']) {
      const history = await cli(['history', '--state-dir', stateDir, '--folder', spelling]).exit;
      expect(history.code).toBe(0);
      const entries = jsonLines(history.stdout);
      expect(
        entries.map((e) => e.folder),
        spelling,
      ).toEqual(['/products/2026']);
    }
  }, 120_000);
});
