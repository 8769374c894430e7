/** What the app says when it cannot start, or starts after repairing a file of its own. */
export const startup = {
  failedTitle: 'Batch Uploader could not start',
  noSqlite:
    'This copy of the app has no SQLite database engine, which it needs to keep the list of files and the upload history. Reinstall the app from its installer; when running it from source, use Node.js 22.13 or newer.',
  failed: (what: string): string =>
    `Something went wrong while the app was starting: ${what} Open the app again; if this keeps happening, reinstall it.`,
  settingsMovedAside: (file: string, movedTo: string): string =>
    `The settings in ${file} could not be read (the file is damaged), so it was moved to ${movedTo} and the app started with its default settings. Set up the ImageKit connection again in Settings.`,
};
