/** The project's documents: the README and every page under docs/, with their text. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Doc {
  /** Relative to the repository, e.g. docs/user-guide.md. */
  readonly path: string;
  readonly text: string;
}

/** README.md and docs/*.md. */
export function documents(): Doc[] {
  const pages = readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`);
  return ['README.md', ...pages].map((path) => ({
    path,
    text: readFileSync(join(ROOT, path), 'utf8'),
  }));
}
