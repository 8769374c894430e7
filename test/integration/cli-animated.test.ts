import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningEmulator } from '../../src/emulator';
import { runCli } from '../../src/main/cli/run';
import type { CliIo } from '../../src/main/cli/io';
import { emulatorEnv, startEmulatorIn } from '../support/cli-process';
import { animated, noisyJpeg } from '../support/images';

const KEY = 'private_cli_animated';
let dir: string;
let emulator: RunningEmulator;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uploader-cli-anim-'));
  await mkdir(join(dir, 'in'));
  await writeFile(join(dir, 'in', 'a-moving.gif'), await animated('gif', 300, 200));
  await writeFile(join(dir, 'in', 'b-still.jpg'), await noisyJpeg(900, 600, 4));
  emulator = await startEmulatorIn(dir, KEY, 'public_cli_animated');
});

afterAll(async () => {
  await emulator.close();
  await rm(dir, { recursive: true, force: true });
});

function capture(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => void lines.push(l), err: (l) => void errors.push(l) };
}

const state = () => ['--state-dir', join(dir, 'state')];
const env = () => emulatorEnv(emulator, KEY);

describe('an animated source says that only its first frame went up', () => {
  it('upload --json: "animated": true on its line, nothing on a still', async () => {
    const io = capture();
    const code = await runCli(['upload', join(dir, 'in'), '--json', ...state()], io, {
      env: env(),
    });
    expect(code).toBe(0);
    const [gif, still] = io.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(gif).toMatchObject({
      source: join(dir, 'in', 'a-moving.gif'),
      status: 'done',
      animated: true,
    });
    expect(still).toMatchObject({ status: 'done' });
    expect(still).not.toHaveProperty('animated');
  });

  it('the readable line and the history say so too', async () => {
    const again = capture();
    await runCli(['upload', join(dir, 'in'), ...state()], again, { env: env() });
    expect(again.lines[0]).toMatch(
      /^skipped .*a-moving\.gif \(animated: first frame only\): already uploaded/,
    );
    expect(again.lines[1]).not.toContain('animated');
    const history = capture();
    await runCli(['history', '--format', 'json', ...state()], history, { env: env() });
    const entries = history.lines
      .flatMap((l) => l.split('\n'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(entries.find((e) => e.name === 'a-moving.gif')).toMatchObject({ animated: true });
    expect(entries.find((e) => e.name === 'b-still.jpg')).not.toHaveProperty('animated');
  });

  it('process --json marks it the same way', async () => {
    const io = capture();
    const code = await runCli(
      ['process', join(dir, 'in'), '--out', join(dir, 'out'), '--json'],
      io,
    );
    expect(code).toBe(0);
    const [gif, still] = io.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(gif).toMatchObject({ status: 'done', animated: true });
    expect(still).not.toHaveProperty('animated');
  });
});
