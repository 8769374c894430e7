/**
 * No secret of any kind reaches state.db: the CLI's settings row for `serve` holds the whole
 * settings object, which used to include the local server's key. Real node:sqlite files on disk,
 * read back byte by byte (the database, its write-ahead log and anything beside them).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { cliService, connect, settingsKey } from '../../src/main/cli/cli-service';
import { StateStore } from '../../src/main/core/persistence';
import { tempDir } from '../support/images';
import { startTempEmulator } from '../support/emulator';

const SERVER_KEY = 'serverKey_0123456789abcdef';
const PRIVATE_KEY = 'private_at_rest_key_42';
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/**
 * The files under `dir` (the database, its log, anything beside, in subfolders too) whose bytes
 * hold `secret`, as paths relative to `dir`.
 */
function filesHolding(dir: string, secret: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => {
    const path = join(dir, name);
    return statSync(path).isFile() && readFileSync(path).includes(secret);
  });
}

async function stateDir(): Promise<string> {
  const t = await tempDir('uploader-at-rest-');
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('secrets never reach state.db', () => {
  it('the CLI keeps its settings for resume there, without the server key or the private key', async () => {
    const dir = await stateDir();
    const emu = await startTempEmulator({ privateKey: PRIVATE_KEY });
    cleanups.push(emu.close);
    const state = StateStore.open(dir);
    const service = cliService(state, 'cli:serve-test');
    await connect(
      service,
      {
        connection: { uploadUrl: emu.emu.uploadUrl, apiUrl: emu.emu.apiUrl },
        integrations: { picgo: { enabled: false, port: 0, key: SERVER_KEY } },
      },
      PRIVATE_KEY,
    );
    // The key is in use for this run all the same.
    expect((await service.getSettings()).integrations.picgo.key).toBe(SERVER_KEY);
    const saved = JSON.parse(state.getMeta(settingsKey('cli:serve-test')) ?? '{}');
    expect(saved.connection.uploadUrl).toBe(emu.emu.uploadUrl);
    await service.close();
    state.close();
    expect(filesHolding(dir, SERVER_KEY)).toEqual([]);
    expect(filesHolding(dir, PRIVATE_KEY)).toEqual([]);
  });

  it('removes a server key an older version left in a settings row, to the last byte', async () => {
    const dir = await stateDir();
    StateStore.open(dir).close();
    // What an older version wrote: schema 2 and the settings row of a `serve --key` run.
    const old = new DatabaseSync(join(dir, 'state.db'));
    old.exec(
      'ALTER TABLE history DROP COLUMN custom_metadata; ALTER TABLE history DROP COLUMN decorative; ' +
        'ALTER TABLE history DROP COLUMN alt; ALTER TABLE history DROP COLUMN animated; PRAGMA user_version = 2',
    );
    old.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(
      'settings:cli:serve-old',
      JSON.stringify({
        integrations: { picgo: { enabled: true, port: 36677, key: SERVER_KEY } },
      }),
    );
    old.close();
    expect(filesHolding(dir, SERVER_KEY)).toEqual(['state.db']);
    const state = StateStore.open(dir);
    const kept = JSON.parse(state.getMeta('settings:cli:serve-old') ?? '{}');
    expect(kept.integrations.picgo).toEqual({ enabled: true, port: 36677 });
    state.close();
    expect(filesHolding(dir, SERVER_KEY)).toEqual([]);
  });
});
