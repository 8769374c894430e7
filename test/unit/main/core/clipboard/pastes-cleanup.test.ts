/**
 * pastes/ keeps what History (or the list) still points to, and deletes the rest once it is a
 * day old: real files, a real state folder.
 */
import { existsSync } from 'node:fs';
import { chmod, mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanPastes, PASTES_FOLDER } from '../../../../../src/main/core/clipboard/paste-file';
import { StateStore } from '../../../../../src/main/core/persistence';
import { historyEntry } from '../../../../support/history-entries';
import { tempDir } from '../../../../support/images';
import { modeOf } from '../../../../support/file-modes';

const DAY = 24 * 60 * 60 * 1000;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function paste(dir: string, name: string, ageMs: number): Promise<string> {
  const path = join(dir, PASTES_FOLDER, name);
  await writeFile(path, 'png bytes');
  const at = new Date(Date.now() - ageMs);
  await utimes(path, at, at);
  return path;
}

describe('cleaning pastes/', () => {
  it('deletes pastes older than a day that neither History nor the list points to', async () => {
    const { dir, cleanup } = await tempDir('uploader-pastes-');
    cleanups.push(cleanup);
    await mkdir(join(dir, PASTES_FOLDER));
    const inHistory = await paste(dir, 'paste-20260101-100000.png', 3 * DAY);
    const inList = await paste(dir, 'paste-20260101-110000.png', 3 * DAY);
    const forgotten = await paste(dir, 'paste-20260101-120000.png', 3 * DAY);
    const young = await paste(dir, 'paste-20260104-120000.png', DAY / 2);
    const state = StateStore.open(dir, { journalIntervalMs: 5 });
    try {
      state.history.record({
        ...historyEntry({ name: 'a.png', uploadedAt: 1 }),
        source: inHistory,
      });
      const journal = state.journal('app');
      journal.put({
        id: 'j1',
        file: { path: inList, name: 'b.png', bytes: 9 },
        addedAt: 1,
        status: 'queued',
      });
      journal.flush();
      const removed = cleanPastes(dir, (folder) => state.pathsUnder(folder));
      expect(removed).toBe(1);
    } finally {
      state.close();
    }
    expect([inHistory, inList, forgotten, young].map((p) => existsSync(p))).toEqual([
      true,
      true,
      false,
      true,
    ]);
  });

  it.skipIf(process.platform === 'win32')(
    'narrows a pastes/ folder and pastes an older version left readable by others (skipped on Windows, which has no mode bits)',
    async () => {
      const { dir, cleanup } = await tempDir('uploader-pastes-');
      cleanups.push(cleanup);
      await mkdir(join(dir, PASTES_FOLDER), { mode: 0o755 });
      await chmod(join(dir, PASTES_FOLDER), 0o755);
      const path = await paste(dir, 'paste-20260104-120000.png', 0);
      await chmod(path, 0o644);
      cleanPastes(dir, () => new Set());
      expect(modeOf(join(dir, PASTES_FOLDER))).toBe(0o700);
      expect(modeOf(path)).toBe(0o600);
    },
  );

  it('does nothing without a pastes/ folder', () => {
    expect(cleanPastes('/nonexistent-uploader-folder', () => new Set())).toBe(0);
  });
});
