import { countedLocale } from './plural';

export const selection = {
  label: 'Selected files',
  count: (n: number): string => `${countedLocale(n, 'file', 'files')} selected`,
  copyLinks: 'Copy links',
  remove: 'Remove from list',
  clear: 'Clear selection',
  /** After Delete: how many rows went, and how many still at work stayed. */
  removed: (removed: number, kept: number): string => {
    const rows =
      removed === 1 ? 'Removed 1 row from the list.' : `Removed ${removed} rows from the list.`;
    if (kept === 0) return rows;
    return `${rows} ${kept} still at work ${kept === 1 ? 'stays' : 'stay'}.`;
  },
  nothingToRemove:
    'Only finished rows can be removed. Stop the files still at work first, then remove them.',
  noLinks: 'None of the selected files is uploaded yet, so there is no link to copy.',
};
