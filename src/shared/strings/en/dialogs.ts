import { countedLocale } from './plural';

export const dialogs = {
  keep: 'Keep',
  destination: {
    title: 'Where should these files go?',
    folder: 'Folder on ImageKit',
    folderPlaceholder: '/products/2026',
    recentLabel: 'Recent folders',
    recent: 'Recent:',
    tags: 'Tags',
    tagsPlaceholder: 'spring, catalogue',
    tagsHint: 'Separated by commas; added to every file of this batch.',
    dontAsk: "Don't ask again (use the folder and tags in Settings)",
    cancel: 'Cancel',
    add: 'Add files',
  },
  removeFromHistory: {
    title: (count: number): string =>
      `Remove ${count === 1 ? 'this upload' : `these ${countedLocale(count, 'upload', 'uploads')}`} from the history?`,
    text: 'This only forgets them on this computer. Nothing is deleted on ImageKit: the files stay there and their links keep working.',
    confirm: 'Remove from history',
  },
  deleteFromImageKit: {
    title: (name: string): string => `Delete ${name} from ImageKit? This cannot be undone.`,
    text: 'The file and its versions go for good, and every page that shows it breaks. Copies on this computer and entries in History stay.',
    confirm: 'Delete from ImageKit',
  },
};
