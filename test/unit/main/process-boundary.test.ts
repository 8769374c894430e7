import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
/** `import('x')` with a literal specifier: loaded at run time all the same. */
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveLocal(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  }
  return null;
}

/**
 * Every package a module loads at run time, following relative imports, static and (unless told
 * otherwise) dynamic; type-only ones skipped.
 */
function runtimePackages(entry: string, { dynamic = true } = {}): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const queue = [resolve(entry)];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    const dynamicImports = dynamic ? [...source.matchAll(DYNAMIC_IMPORT)] : [];
    for (const match of [...source.matchAll(IMPORT), ...dynamicImports]) {
      const spec = match[1] as string;
      if (spec.startsWith('.')) {
        const target = resolveLocal(file, spec);
        if (target) queue.push(target);
      } else {
        packages.add(
          spec.startsWith('@')
            ? spec.split('/').slice(0, 2).join('/')
            : (spec.split('/')[0] as string),
        );
      }
    }
  }
  return packages;
}

describe('process boundaries', () => {
  it('the main process never loads sharp (it runs only in the image worker)', () => {
    const main = runtimePackages('src/main/index.ts');
    expect(main.has('electron')).toBe(true);
    expect(main.has('sharp')).toBe(false);
    // The images barrel is main's side of the pipeline; sharp stays in images/worker/.
    expect(runtimePackages('src/main/core/images/index.ts').has('sharp')).toBe(false);
  });

  it('the image worker loads sharp and nothing of Electron', () => {
    const worker = runtimePackages('src/main/core/images/worker/entry.ts');
    expect(worker.has('sharp')).toBe(true);
    expect(worker.has('electron')).toBe(false);
  });

  it('the image worker entry reaches sharp only through a dynamic import', () => {
    // The entry chooses sharp's build before sharp loads. A static import of sharp anywhere
    // below it would be hoisted above that choice in the bundle.
    const statically = runtimePackages('src/main/core/images/worker/entry.ts', { dynamic: false });
    expect(statically.has('sharp')).toBe(false);
  });

  it('the CLI runs without Electron', () => {
    expect(runtimePackages('src/main/cli.ts').has('electron')).toBe(false);
  });
});
