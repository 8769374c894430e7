/** Watch folders: Settings, the header and their failures. */
export const watch = {
  cannotWatch: (path: string, reason: string): string =>
    `${path} cannot be watched (${reason}). Check that the folder exists and can be read, or remove it from Settings → Watch folders.`,
  stopped: (path: string, reason: string): string =>
    `Watching ${path} stopped (${reason}). Check that the folder still exists, then switch it off and on in Settings → Watch folders.`,
};
