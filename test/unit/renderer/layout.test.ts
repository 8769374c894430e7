import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { PAGE, pageFiles } from '../../support/page-files';

/** The renderer's rooms (docs/architecture.md): names, sizes and who may import whom. */
const files = pageFiles(PAGE);
const rel = (path: string): string => relative(PAGE, path).split(sep).join('/');

/** The page files a file imports, relative to src/renderer/src (outside imports left out). */
function pageImports(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
  return specs
    .map((spec) =>
      relative(PAGE, resolve(dirname(path), spec))
        .split(sep)
        .join('/'),
    )
    .filter((target) => !target.startsWith('..'));
}

/** The files of `room` that import something under one of `banned`. */
function crossings(room: string, banned: readonly string[]): string[] {
  return files
    .filter((f) => rel(f).startsWith(room))
    .flatMap((f) =>
      pageImports(f)
        .filter((target) => banned.some((b) => target === b || target.startsWith(`${b}/`)))
        .map((target) => `${rel(f)} -> ${target}`),
    );
}

describe("the renderer's rooms", () => {
  it('names component files in PascalCase and every other file in kebab-case', () => {
    expect(files.length).toBeGreaterThan(40);
    const pascal = /^[A-Z][A-Za-z0-9]*\.tsx$/;
    const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*\.tsx?$/;
    const folder = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
    const wrong = files.map(rel).filter((f) => {
      const parts = f.split('/');
      const name = parts.pop()!;
      return !(pascal.test(name) || kebab.test(name)) || !parts.every((p) => folder.test(p));
    });
    expect(wrong).toEqual([]);
  });

  it('keeps every file at 300 lines or fewer', () => {
    const long = files
      .map((f) => ({ f: rel(f), lines: readFileSync(f, 'utf8').split('\n').length - 1 }))
      .filter((x) => x.lines > 300)
      .map((x) => `${x.f}: ${x.lines}`);
    expect(long).toEqual([]);
  });

  it('keeps each room to what it may import', () => {
    expect(crossings('components/', ['store', 'features', 'bridge'])).toEqual([]);
    expect(crossings('lib/', ['store', 'features', 'components', 'bridge'])).toEqual([]);
    expect(crossings('features/', ['bridge'])).toEqual([]);
    expect(crossings('store/', ['features', 'components'])).toEqual([]);
  });

  it('sees the imports it checks', () => {
    // A guard for the check itself: a known import must be found, or the rules above prove nothing.
    const modal = files.find((f) => rel(f) === 'components/Modal.tsx');
    expect(modal && pageImports(modal)).toContain('components/use-modal-focus');
    const sync = files.find((f) => rel(f) === 'store/sync.ts');
    expect(sync && pageImports(sync)).toContain('bridge');
  });
});
