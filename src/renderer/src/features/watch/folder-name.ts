/** The last part of a folder's path, on either kind of separator ("Exports" for C:\Photos\Exports). */
export function folderName(path: string): string {
  const parts = path.split(/[\\/]+/).filter(Boolean);
  return parts.at(-1) ?? path;
}
