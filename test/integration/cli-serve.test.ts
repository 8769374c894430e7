/**
 * A real process: `serve` listens on 127.0.0.1, answers the PicGo protocol with links from the
 * emulator, records the uploads in the history of its state folder, and stops on Ctrl+C (130).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../src/emulator';
import { StateStore } from '../../src/main/core/persistence';
import { emulatorEnv, spawnCli, startEmulatorIn } from '../support/cli-process';
import { noisyJpeg } from '../support/images';

const KEY = 'private_serve_test';

let dir: string;
let emulator: RunningEmulator;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uploader-serve-'));
  await writeFile(join(dir, 'shot.jpg'), await noisyJpeg(640, 420, 5));
  emulator = await startEmulatorIn(dir, KEY, 'public_serve');
});

afterAll(async () => {
  await emulator.close();
  await rm(dir, { recursive: true, force: true });
});

describe('cli serve', () => {
  it('prints one line when listening, uploads what a client posts, and exits 130 on Ctrl+C', async () => {
    const stateDir = join(dir, 'state');
    const run = spawnCli(
      ['serve', '--port', '0', '--key', 'k_123', '--state-dir', stateDir],
      emulatorEnv(emulator, KEY),
    );
    const { child, output } = run;
    const exit = run.exit.then((r) => r.code);

    const end = Date.now() + 60_000;
    while (!/Listening on/.test(output.stdout)) {
      if (Date.now() > end || child.exitCode !== null)
        throw new Error(`no listening line: ${output.stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const lines = output.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const url = /http:\/\/127\.0\.0\.1:(\d+)\/upload/.exec(output.stdout)?.[0] as string;
    expect(url).toBeDefined();

    const refused = await fetch(url, { method: 'POST', body: '{"list":[]}' });
    expect(refused.status).toBe(401);

    const res = await fetch(`${url}?key=k_123`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ list: [join(dir, 'shot.jpg')] }),
    });
    const json = (await res.json()) as { success: boolean; result: string[] };
    expect(json.success).toBe(true);
    expect(json.result[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.*shot.*\.webp$/);
    expect((await fetch(json.result[0] as string)).status).toBe(200);

    // No clipboard on the command line: an empty body gets a sentence, not a hang.
    const clip = await fetch(`${url}?key=k_123`, { method: 'POST' });
    const clipJson = (await clip.json()) as { success: boolean; message: string };
    expect(clipJson).toEqual({
      success: false,
      message: expect.stringMatching(/cannot read the clipboard/),
    });

    child.kill('SIGINT');
    expect(await exit).toBe(130);
    await expect(fetch(url, { method: 'POST' })).rejects.toThrow();

    const state = StateStore.open(stateDir);
    try {
      const page = state.history.query({});
      expect(page.entries.map((e) => e.name)).toEqual(['shot.jpg']);
      expect(page.entries[0]?.main.url).toBe(json.result[0]);
    } finally {
      state.close();
    }
  }, 120_000);

  it('says in one line when the port is taken, and exits 1', async () => {
    const { createServer } = await import('node:net');
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const { code, stderr } = await spawnCli(
        ['serve', '--port', String(port), '--state-dir', join(dir, 'state2')],
        { IMAGEKIT_PRIVATE_KEY: KEY },
      ).exit;
      expect(code).toBe(1);
      expect(stderr.trim()).toBe(
        `error: Port ${port} is already in use, perhaps by PicGo or another copy of this app. Close it, or choose another port.`,
      );
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  }, 60_000);
});
