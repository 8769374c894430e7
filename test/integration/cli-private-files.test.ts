/**
 * The CLI creates the app's user-data folder when it is the first to run: a real process, in a
 * fresh config folder, and the modes of what it leaves behind. It also tidies pastes/ on start.
 */
import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_NAME } from '../../src/shared/app-name';
import { emulatorEnv, spawnCli, untilListening, useCliEmulator } from '../support/cli-process';
import { modesIn, NO_MODES, NO_MODES_REASON, STATE_FILES } from '../support/file-modes';
import { noisyJpeg } from '../support/images';

const KEY = 'private_modes_test';
const fx = useCliEmulator(
  'uploader-modes-',
  { privateKey: KEY, publicKey: 'public_modes' },
  (dir) => noisyJpeg(320, 200, 8).then((jpeg) => writeFile(join(dir, 'shot.jpg'), jpeg)),
);

/** The user-data folder 0700 and every state file in it that exists 0600. */
function expectPrivate(userData: string, mustExist: readonly string[]): void {
  const modes = modesIn(userData, STATE_FILES);
  for (const name of mustExist) expect(modes[name], name).toBeDefined();
  for (const [name, mode] of Object.entries(modes)) {
    expect(mode, name).toBe(name === '.' ? '0700' : '0600');
  }
}

describe.skipIf(NO_MODES)(`files the CLI writes (skipped: ${NO_MODES_REASON})`, () => {
  it('upload creates the default user-data folder 0700 and state.db 0600', async () => {
    const config = join(fx.dir, 'config-upload');
    const { code, stderr } = await spawnCli(['upload', join(fx.dir, 'shot.jpg')], {
      ...emulatorEnv(fx.emulator, KEY),
      XDG_CONFIG_HOME: config,
    }).exit;
    expect(code, stderr).toBe(0);
    expect(await readdir(join(config, APP_NAME))).toContain('state.db');
    expectPrivate(join(config, APP_NAME), ['state.db']);
  }, 120_000);

  it('serve keeps the folder 0700 and state.db with its write-ahead log 0600 while it runs', async () => {
    const config = join(fx.dir, 'config-serve');
    const run = spawnCli(['serve', '--port', '0'], {
      ...emulatorEnv(fx.emulator, KEY),
      XDG_CONFIG_HOME: config,
    });
    try {
      await untilListening(run);
      expectPrivate(join(config, APP_NAME), ['state.db', 'state.db-wal']);
    } finally {
      run.child.kill('SIGINT');
      await run.exit;
    }
  }, 120_000);
});

describe('pastes/ on start', () => {
  it('the CLI deletes pastes older than a day that nothing points to, and keeps the rest', async () => {
    const stateDir = join(fx.dir, 'state-pastes');
    await mkdir(join(stateDir, 'pastes'), { recursive: true });
    const old = join(stateDir, 'pastes', 'paste-20260101-100000.png');
    const young = join(stateDir, 'pastes', 'paste-20260104-100000.png');
    await writeFile(old, 'png');
    await writeFile(young, 'png');
    const threeDaysAgo = new Date(Date.now() - 3 * 24 * 3600 * 1000);
    await utimes(old, threeDaysAgo, threeDaysAgo);
    const { code, stderr } = await spawnCli(['history', '--create', '--state-dir', stateDir], {})
      .exit;
    expect(code, stderr).toBe(0);
    expect(await readdir(join(stateDir, 'pastes'))).toEqual(['paste-20260104-100000.png']);
  }, 60_000);
});
