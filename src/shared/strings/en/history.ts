import { counted, countedLocale } from './plural';

export const history = {
  searchLabel: 'Search by name',
  searchPlaceholder: 'e.g. harbour',
  folder: 'Folder',
  allFolders: 'All folders',
  from: 'From',
  to: 'To',
  clearFilters: 'Clear filters',
  listLabel: 'Uploads',
  select: (name: string): string => `Select ${name}`,
  copyLinkOf: (name: string): string => `Copy link of ${name}`,
  copyLink: 'Copy link',
  openOf: (name: string): string => `Open ${name}`,
  open: 'Open',
  barLabel: 'Selected uploads',
  selected: (count: number, total: number): string =>
    `${count.toLocaleString()} of ${total.toLocaleString()} selected`,
  total: (total: number): string => countedLocale(total, 'upload', 'uploads'),
  selectAll: (total: number): string => `Select all ${total.toLocaleString()}`,
  clearSelection: 'Clear selection',
  copyGroup: 'Copy selected as',
  copyAs: 'Copy as',
  copyAsFormat: (format: string): string => `Copy selected as ${format}`,
  exportGroup: 'Export',
  exportTitle: (format: 'csv' | 'json', selection: boolean): string =>
    `Save ${selection ? 'the selected uploads' : 'every upload shown'} as ${
      format === 'csv' ? 'a CSV file' : 'a JSON manifest'
    }`,
  removeButton: 'Remove from history…',
  emptyTitle: 'No uploads yet',
  emptyText:
    'Every file you upload appears here with its links, so you can find, copy or export them later, even after the app was closed.',
  noMatch: 'No uploads match these filters.',
  saved: (count: number, path: string): string =>
    `Saved ${counted(count, 'upload', 'uploads')} to ${path}.`,
  noHistory:
    'There is no upload history on this computer yet, so there is nothing to export. Upload some images first.',
  nothingMatches:
    'None of those uploads are in the history any more, so nothing was exported. Clear the search or pick others.',
  removed: (count: number): string =>
    `Removed ${counted(count, 'upload', 'uploads')} from the history. The files stay on ImageKit.`,
};
