/** The state folder: journal (resume after quit or crash) and upload history, on node:sqlite. */
export { StateStore, type StateStoreOptions } from './state-store';
export { Journal, type JournalRow, type JobExtras } from './journal';
export { SqliteHistoryStore } from './history-store';
export { StateLockedError, stateNotices } from './state-notices';
export { STATE_FILE } from './open';
export { presetsHash, uploadOrigin } from './keys';
