import { app } from 'electron';
import Store, { type Options } from 'electron-store';
import { join } from 'node:path';
import { moveAside } from '../core/common/aside';

/**
 * Opens one of the app's JSON files in userData. electron-store throws on a file it cannot parse;
 * such a file is moved aside (kept for the person to look at), a fresh one is started, and
 * `onMovedAside` says so, so a damaged file never stops the app from starting.
 */
export function openJsonStore<T extends Record<string, unknown>>(
  options: Options<T> & { name: string },
  onMovedAside: (file: string, movedTo: string) => void,
): Store<T> {
  try {
    return new Store<T>(options);
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
    const file = join(app.getPath('userData'), `${options.name}.json`);
    onMovedAside(file, moveAside(file, Date.now()));
    return new Store<T>(options);
  }
}
