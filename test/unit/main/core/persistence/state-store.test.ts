import { spawn } from 'node:child_process';
import { chmod, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { StateLockedError, StateStore } from '../../../../../src/main/core/persistence';
import { SCHEMA_VERSION } from '../../../../../src/main/core/persistence/schema';
import { tempDir } from '../../../../support/images';
import { modesIn, NO_MODES, NO_MODES_REASON, STATE_FILES } from '../../../../support/file-modes';

const CLI = fileURLToPath(new URL('../../../../../src/main/cli.ts', import.meta.url));
const cleanups: Array<() => Promise<void>> = [];
const open: StateStore[] = [];

afterEach(async () => {
  for (const s of open.splice(0)) s.close();
  for (const c of cleanups.splice(0)) await c();
});

async function folder(): Promise<string> {
  const t = await tempDir('uploader-state-');
  cleanups.push(t.cleanup);
  return t.dir;
}

function openStore(dir: string, notices: string[] = []): StateStore {
  const store = StateStore.open(dir, { onNotice: (n) => notices.push(n), journalIntervalMs: 5 });
  open.push(store);
  return store;
}

const entry = {
  source: '/photos/a.jpg',
  name: 'a.jpg',
  sha256: 'ab'.repeat(32),
  presetsHash: 'p1',
  origin: 'https://upload.imagekit.io',
  folder: '/',
  uploadedAt: 1_700_000_000_000,
  main: {
    url: 'https://ik.example/a.webp',
    fileId: 'f1',
    filePath: '/a.webp',
    width: 800,
    height: 600,
    bytes: 1000,
  },
  thumb: {
    url: 'https://ik.example/a.thumb.png',
    fileId: 'f2',
    filePath: '/a.thumb.png',
    width: 50,
    height: 38,
    bytes: 900,
  },
};

describe('StateStore', () => {
  it('creates one WAL database with the current schema and keeps what it wrote', async () => {
    const dir = await folder();
    const notices: string[] = [];
    const store = openStore(dir, notices);
    expect(store.persistent).toBe(true);
    expect(notices).toEqual([]);
    const recorded = store.history.record(entry);
    expect(recorded.id).toBeGreaterThan(0);
    store.close();
    open.pop();
    const db = new DatabaseSync(join(dir, 'state.db'));
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: SCHEMA_VERSION });
    db.close();
    const again = openStore(dir);
    expect(again.history.get([recorded.id])).toEqual([recorded]);
  });

  it('brings a file from the first schema up to date, keeping its history', async () => {
    const dir = await folder();
    const first = openStore(dir);
    const old = first.history.record(entry);
    first.close();
    open.pop();
    // What the first version wrote: no batch or animated column, user_version 1.
    const db = new DatabaseSync(join(dir, 'state.db'));
    db.exec(
      'ALTER TABLE history DROP COLUMN custom_metadata; ALTER TABLE history DROP COLUMN decorative; ' +
        'ALTER TABLE history DROP COLUMN alt; ALTER TABLE history DROP COLUMN animated; ' +
        'ALTER TABLE history DROP COLUMN batch; PRAGMA user_version = 1',
    );
    db.close();
    const notices: string[] = [];
    const store = openStore(dir, notices);
    expect(notices).toEqual([]);
    expect(store.history.get([old.id])).toEqual([old]);
    const fromServer = store.history.record({ ...entry, batch: 'PicGo server' });
    expect(store.history.get([fromServer.id])[0]?.batch).toBe('PicGo server');
    expect(store.history.get([old.id])[0]).not.toHaveProperty('batch');
  });

  it('brings a file from the second schema up to date: earlier uploads were not animated', async () => {
    const dir = await folder();
    const second = openStore(dir);
    const old = second.history.record(entry);
    second.close();
    open.pop();
    const db = new DatabaseSync(join(dir, 'state.db'));
    db.exec(
      'ALTER TABLE history DROP COLUMN custom_metadata; ALTER TABLE history DROP COLUMN decorative; ' +
        'ALTER TABLE history DROP COLUMN alt; ALTER TABLE history DROP COLUMN animated; PRAGMA user_version = 2',
    );
    db.close();
    const store = openStore(dir);
    expect(store.history.get([old.id])).toEqual([old]);
    expect(store.history.get([old.id])[0]).not.toHaveProperty('animated');
    const gif = store.history.record({ ...entry, animated: true });
    expect(store.history.get([gif.id])[0]?.animated).toBe(true);
    expect(store.history.query({}).entries.find((e) => e.id === gif.id)?.animated).toBe(true);
  });

  it('brings a file from the fourth schema up to date: earlier uploads have no alt text', async () => {
    const dir = await folder();
    const fourth = openStore(dir);
    const old = fourth.history.record(entry);
    fourth.close();
    open.pop();
    const db = new DatabaseSync(join(dir, 'state.db'));
    db.exec(
      'ALTER TABLE history DROP COLUMN custom_metadata; ALTER TABLE history DROP COLUMN decorative; ' +
        'ALTER TABLE history DROP COLUMN alt; PRAGMA user_version = 4',
    );
    db.close();
    const store = openStore(dir);
    expect(store.history.get([old.id])).toEqual([old]);
    expect(store.history.get([old.id])[0]).not.toHaveProperty('alt');
    const described = store.history.record({ ...entry, alt: { text: 'A harbour' } });
    expect(store.history.get([described.id])[0]?.alt).toEqual({ text: 'A harbour' });
    expect(store.history.setAlt(old.id, { decorative: true })?.alt).toEqual({ decorative: true });
    expect(store.history.setAlt(old.id, null)).not.toHaveProperty('alt');
  });

  it('moves a damaged file aside, starts clean and says where it went', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'state.db'), 'this is not a database '.repeat(200));
    const notices: string[] = [];
    const store = openStore(dir, notices);
    expect(store.persistent).toBe(true);
    const moved = (await readdir(dir)).find((n) => n.startsWith('state.db.corrupt-'));
    expect(moved).toBeDefined();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(join(dir, moved as string));
    expect(notices[0]).toMatch(/moved to .* and a new one was started/);
    expect(store.history.record(entry).id).toBe(1);
  });

  it('moves aside a SQLite file that belongs to something else', async () => {
    const dir = await folder();
    const foreign = new DatabaseSync(join(dir, 'state.db'));
    foreign.exec('CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES (1)');
    foreign.close();
    const notices: string[] = [];
    const store = openStore(dir, notices);
    expect(notices[0]).toMatch(/is damaged or not the uploader's/);
    expect(store.history.query({}).total).toBe(0);
    expect((await readdir(dir)).some((n) => n.startsWith('state.db.corrupt-'))).toBe(true);
  });

  it('keeps going in memory when the folder cannot be written, and says so', async () => {
    let dir: string;
    if (process.getuid?.() === 0) {
      // Permissions do not stop root; sysfs refuses new folders to everyone.
      dir = '/sys/uploader-state-test';
    } else {
      const parent = await folder();
      await mkdir(join(parent, 'locked'));
      await chmod(join(parent, 'locked'), 0o500);
      dir = join(parent, 'locked', 'state');
    }
    const notices: string[] = [];
    const store = openStore(dir, notices);
    expect(store.persistent).toBe(false);
    expect(notices[0]).toMatch(/cannot be written .* This batch continues/);
    expect(store.history.record(entry).id).toBe(1);
    expect(store.history.findDuplicate(entry)?.id).toBe(1);
  });

  it('refuses a second process on the same folder with a clear sentence', async () => {
    const dir = await folder();
    openStore(dir);
    expect(() => StateStore.open(dir)).toThrow(StateLockedError);
    // A command that writes the folder (`history` only reads, so it is not refused).
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'resume', '--state-dir', dir], {
      env: { ...process.env, IMAGEKIT_PRIVATE_KEY: 'private_second_process' },
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    const code = await new Promise<number | null>((r) => child.once('exit', r));
    expect(code).toBe(1);
    expect(stderr).toContain(`The state folder ${dir} is in use by another copy of the uploader`);
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('releases the folder when the holder closes it', async () => {
    const dir = await folder();
    openStore(dir).close();
    open.pop();
    expect(() => openStore(dir)).not.toThrow();
  });
});

describe('StateStore sessions', () => {
  it('drops finished CLI rows and their settings, keeps unfinished ones and the app list', async () => {
    const store = openStore(await folder());
    const job = (id: string, status: 'queued' | 'cancelled') =>
      ({
        id,
        file: { path: `/p/${id}`, name: id, bytes: 1 },
        addedAt: 1,
        status,
        image: null,
      }) as const;
    const finished = store.journal('cli:1');
    finished.put(job('a', 'cancelled'));
    finished.flush();
    store.setMeta('settings:cli:1', '{}');
    const open2 = store.journal('cli:2');
    open2.put(job('b', 'queued'));
    open2.flush();
    store.setMeta('settings:cli:2', '{}');
    const app = store.journal('app');
    app.put(job('c', 'cancelled'));
    app.flush();
    store.setMeta('paused:app', '1');
    store.dropFinished('cli:');
    expect(store.unfinishedSessions('cli:')).toEqual(['cli:2']);
    expect(store.getMeta('settings:cli:1')).toBeNull();
    expect(store.getMeta('settings:cli:2')).toBe('{}');
    expect(store.getMeta('paused:app')).toBe('1');
    expect(
      store
        .journal('app')
        .load()
        .rows.map((r) => r.job.id),
    ).toEqual(['c']);
  });
});

describe.skipIf(NO_MODES)(
  `the state folder is its owner's only (skipped: ${NO_MODES_REASON})`,
  () => {
    it('creates a fresh folder 0700 and state.db with its -wal and -shm 0600', async () => {
      const dir = join(await folder(), 'fresh', 'Batch Uploader for ImageKit');
      const store = openStore(dir);
      // A write, so the write-ahead log exists while the store is open.
      store.setMeta('k', 'v');
      store.history.record(entry);
      const modes = modesIn(dir, STATE_FILES);
      expect(modes).toMatchObject({ '.': '0700', 'state.db': '0600', 'state.db-wal': '0600' });
      for (const name of STATE_FILES) if (modes[name]) expect(modes[name], name).toBe('0600');
    });

    it('narrows a folder and files an older version left readable by others, and never widens', async () => {
      const dir = await folder();
      const first = openStore(dir);
      first.history.record(entry);
      first.close();
      await chmod(dir, 0o755);
      await writeFile(join(dir, 'state.db-wal'), '');
      for (const name of ['state.db', 'state.db-wal']) await chmod(join(dir, name), 0o644);
      const aside = join(dir, 'state.db.corrupt-1700000000000');
      await writeFile(aside, 'an older damaged copy');
      await chmod(aside, 0o664);
      const store = openStore(dir);
      expect(store.history.query({}).total).toBe(1);
      store.setMeta('k', 'v');
      expect(modesIn(dir, [...STATE_FILES, 'state.db.corrupt-1700000000000'])).toMatchObject({
        '.': '0700',
        'state.db': '0600',
        'state.db-wal': '0600',
        'state.db.corrupt-1700000000000': '0600',
      });
      store.close();
      // Narrowing takes bits away only: an owner-read-only folder stays read-only.
      await chmod(dir, 0o555);
      const again = StateStore.open(dir);
      open.push(again);
      expect(modesIn(dir, [])['.']).toBe('0500');
      await chmod(dir, 0o700);
    });
  },
);
