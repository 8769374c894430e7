/** A real (SQLite) upload history in a fresh temporary state folder, for tests. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HistoryStore } from '../../src/main/core/ports';
import { StateStore } from '../../src/main/core/persistence';

/** The history of a new state folder; the folder is left to the system's temp cleaning. */
export function createTestHistoryStore(): HistoryStore {
  return StateStore.open(mkdtempSync(join(tmpdir(), 'uploader-history-'))).history;
}
