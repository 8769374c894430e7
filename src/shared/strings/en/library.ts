export const library = {
  searchIn: (folder: string): string => `Search names in ${folder}`,
  searchPlaceholder: 'Names that begin with…',
  copyLinksAs: 'Copy links as',
  refresh: 'Refresh',
  tryAgain: 'Try again',
  noMatch: 'No file in this folder has a name that begins with that.',
  emptyFolder: (folder: string): string =>
    `There are no files in ${folder} on ImageKit yet. Upload some from the Uploads view.`,
  filesIn: (folder: string): string => `Files in ${folder}`,
  loading: 'Loading…',
  loadMore: 'Load more',
  copyLinkOf: (name: string): string => `Copy link of ${name}`,
  copyLink: 'Copy link',
  deleteOf: (name: string): string => `Delete ${name}`,
  delete: 'Delete…',
  deleted: (name: string): string => `Deleted ${name} from ImageKit.`,
  needsKey: 'The Library needs the private key. Add it in Settings, then open the Library again.',
  needsKeyMode:
    'The Library needs the private key: ImageKit lists and deletes files only for requests signed with it, and an auth endpoint cannot sign those. Switch to "Private key" in Settings to use the Library.',
  alreadyDeleted:
    'That file is no longer on ImageKit; it was deleted already. The list is now up to date.',
  /** `said` is ' ("<what ImageKit said>")' or ''. */
  searchFailed: (said: string): string =>
    `ImageKit could not run this search${said}. Try a simpler name, or clear the search.`,
};
