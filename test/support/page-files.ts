/** The page's source files, for tests that read the renderer's code as text. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** src/renderer/src: the page. */
export const PAGE = join(__dirname, '../../src/renderer/src');

/** Every .ts and .tsx file under `dir`, folders included, as absolute paths. */
export function pageFiles(dir = PAGE): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return pageFiles(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}
