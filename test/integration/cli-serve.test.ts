/**
 * A real process: `serve` listens on 127.0.0.1, answers the PicGo protocol with links from the
 * emulator, records the uploads in the history of its state folder, and stops on Ctrl+C (130).
 * Its key comes from PICGO_SERVER_KEY or --key-file, never from the command line. 500 clients
 * that stop half-way do not fill its memory (its own, measured from outside).
 */
import { readFileSync } from 'node:fs';
import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StateStore } from '../../src/main/core/persistence';
import { strings } from '../../src/shared/strings';
import {
  emulatorEnv,
  exitWithin,
  spawnCli,
  untilListening,
  useCliEmulator,
} from '../support/cli-process';
import { noisyJpeg } from '../support/images';
import { openStalled, within } from '../support/stalled';

const KEY = 'private_serve_test';
const SERVER_KEY = 'k_123-serve-key-0123';
const fx = useCliEmulator(
  'uploader-serve-',
  { privateKey: KEY, publicKey: 'public_serve' },
  (dir) => noisyJpeg(640, 420, 5).then((jpeg) => writeFile(join(dir, 'shot.jpg'), jpeg)),
);

/** Posts a list of paths with the server key; whether the server answered success. */
async function uploads(url: string, paths: readonly string[]): Promise<boolean> {
  const res = await fetch(`${url}?key=${SERVER_KEY}`, {
    method: 'POST',
    body: JSON.stringify({ list: paths }),
  });
  return ((await res.json()) as { success: boolean }).success;
}

describe('cli serve', () => {
  it('prints one line when listening, uploads what a client posts, and exits 130 on Ctrl+C', async () => {
    const stateDir = join(fx.dir, 'state');
    const run = spawnCli(['serve', '--port', '0', '--state-dir', stateDir], {
      ...emulatorEnv(fx.emulator, KEY),
      PICGO_SERVER_KEY: SERVER_KEY,
    });
    const exit = exitWithin(run, 100_000).then((r) => r.code);
    const url = await untilListening(run).catch((err: unknown) => {
      run.child.kill('SIGKILL');
      throw err;
    });
    const lines = run.output.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/upload$/);

    const refused = await fetch(url, { method: 'POST', body: '{"list":[]}' });
    expect(refused.status).toBe(401);

    const res = await fetch(`${url}?key=${SERVER_KEY}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ list: [join(fx.dir, 'shot.jpg')] }),
    });
    const json = (await res.json()) as { success: boolean; result: string[] };
    expect(json.success).toBe(true);
    expect(json.result[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.*shot.*\.webp$/);
    expect((await fetch(json.result[0] as string)).status).toBe(200);

    // No clipboard on the command line: an empty body gets a sentence, not a hang.
    const clip = await fetch(`${url}?key=${SERVER_KEY}`, { method: 'POST' });
    const clipJson = (await clip.json()) as { success: boolean; message: string };
    expect(clipJson).toEqual({
      success: false,
      message: expect.stringMatching(/cannot read the clipboard/),
    });

    run.child.kill('SIGINT');
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
        ['serve', '--port', String(port), '--state-dir', join(fx.dir, 'state2')],
        { IMAGEKIT_PRIVATE_KEY: KEY },
      ).exit;
      expect(code).toBe(1);
      expect(stderr.trim()).toBe(
        `error: Port ${port} is already in use, perhaps by PicGo or another copy of this app. Close it, or choose another port. ` +
          'Give another port with --port (--port 0 picks a free one).',
      );
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  }, 60_000);

  it('refuses --key, which every user of the computer could read in ps, and says where the key goes', async () => {
    for (const args of [['--key', SERVER_KEY], [`--key=${SERVER_KEY}`]]) {
      const { code, stdout, stderr } = await exitWithin(
        spawnCli(
          ['serve', '--port', '0', ...args, '--state-dir', join(fx.dir, 'state-refused')],
          emulatorEnv(fx.emulator, KEY),
        ),
        20_000,
      );
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim()).toBe(strings.cli.usageError(strings.cli.keyFlagRefused));
      expect(stderr).not.toContain(SERVER_KEY);
    }
  }, 60_000);

  it('reads the key from --key-file, trailing line break and all', async () => {
    const keyFile = join(fx.dir, 'server.key');
    await writeFile(keyFile, `${SERVER_KEY}\n`);
    await chmod(keyFile, 0o600);
    const run = spawnCli(
      ['serve', '--port', '0', '--key-file', keyFile, '--state-dir', join(fx.dir, 'state3')],
      emulatorEnv(fx.emulator, KEY),
    );
    try {
      const url = await untilListening(run);
      expect(run.output.stdout).toContain('?key=');
      expect((await fetch(`${url}?key=wrong-key-0123456789`, { method: 'POST' })).status).toBe(403);
      expect(await uploads(url, [join(fx.dir, 'shot.jpg')])).toBe(true);
    } finally {
      run.child.kill('SIGINT');
      await run.exit;
    }
  }, 120_000);

  it('refuses a key shorter than 16 characters, from either place, and a key given twice', async () => {
    const shortFile = join(fx.dir, 'short.key');
    await writeFile(shortFile, 'abc\n');
    const cases: Array<[string[], NodeJS.ProcessEnv, string]> = [
      [[], { PICGO_SERVER_KEY: 'abc' }, strings.cli.serverKeyTooShort('PICGO_SERVER_KEY', 16)],
      [['--key-file', shortFile], {}, strings.cli.serverKeyTooShort(shortFile, 16)],
      [
        [],
        { PICGO_SERVER_KEY: 'a&b=c-0123456789abc' },
        strings.cli.serverKeyChars('PICGO_SERVER_KEY'),
      ],
      [['--key-file', shortFile], { PICGO_SERVER_KEY: SERVER_KEY }, strings.cli.serverKeyTwice],
      [
        ['--key-file', join(fx.dir, 'missing.key')],
        {},
        strings.cli.keyFileUnreadable(join(fx.dir, 'missing.key'), 'ENOENT'),
      ],
    ];
    for (const [args, env, sentence] of cases) {
      const { code, stderr } = await exitWithin(
        spawnCli(['serve', '--port', '0', ...args, '--state-dir', join(fx.dir, 'state-short')], {
          ...emulatorEnv(fx.emulator, KEY),
          ...env,
        }),
        20_000,
      );
      expect(code, stderr).toBe(2);
      expect(stderr.trim()).toBe(strings.cli.usageError(sentence));
    }
  }, 120_000);
});

/** Resident memory of a process, in MB, as Linux reports it. */
function residentMb(pid: number): number {
  const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(line?.[1] ?? NaN) / 1024;
}

const HAS_PROC = process.platform === 'linux';

describe.skipIf(!HAS_PROC)(
  'the local server under stalled clients (skipped: reads the server process memory from /proc, Linux only)',
  () => {
    it('500 connections stalled mid-body leave its memory flat, and a normal request is answered within a second', async () => {
      const run = spawnCli(['serve', '--port', '0', '--state-dir', join(fx.dir, 'state')], {
        ...emulatorEnv(fx.emulator, KEY),
        PICGO_SERVER_KEY: SERVER_KEY,
      });
      const exit = exitWithin(run, 170_000);
      try {
        const url = await untilListening(run);
        const pid = run.child.pid as number;
        const port = Number(new URL(url).port);
        // Warm up: one real upload, so the baseline includes what serving costs.
        expect(await uploads(url, [join(fx.dir, 'shot.jpg')])).toBe(true);
        const baseline = residentMb(pid);

        // Each declares a body of 1,000,000 bytes (under the 1 MB cap), sends 900 KB, and stops.
        const stalled = openStalled({
          port,
          count: 500,
          path: `/upload?key=${SERVER_KEY}`,
          bodyBytes: 900_000,
          declaredBytes: 1_000_000,
        });
        try {
          await stalled.settled;
          await new Promise((r) => setTimeout(r, 1000));
          const loaded = residentMb(pid);
          const started = Date.now();
          const normal = await fetch(`${url}?key=${SERVER_KEY}`, {
            method: 'POST',
            body: JSON.stringify({ list: [] }),
          });
          const answeredMs = Date.now() - started;
          expect(normal.status).toBe(400);
          console.log(
            `server memory: ${baseline.toFixed(0)} MB before, ${loaded.toFixed(0)} MB with 500 ` +
              `stalled connections (${stalled.open()} still open); a normal request took ${answeredMs} ms`,
          );
          // Held in full, 500 bodies of 900 KB would be 450 MB; a few held ones are a few MB.
          expect(loaded - baseline).toBeLessThan(100);
          expect(answeredMs).toBeLessThan(1000);
          // What the server closed reaches this process's sockets a moment later.
          expect(await within(10_000, () => stalled.open() <= 16)).toBe(true);
        } finally {
          stalled.destroy();
        }
        // And it still uploads.
        expect(await uploads(url, [join(fx.dir, 'shot.jpg')])).toBe(true);
      } finally {
        run.child.kill('SIGINT');
        await exit;
      }
    }, 180_000);
  },
);
