import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SRC = join(ROOT, 'src');
const CORE = join(SRC, 'main', 'core');

/**
 * The core's rooms and the floor each stands on (docs/architecture.md, "The core, room by
 * room"). A room may import only rooms on a lower floor.
 */
const FLOORS: Readonly<Record<string, number>> = {
  common: 1,
  paths: 2,
  imagekit: 2,
  images: 3,
  connection: 3,
  ports: 4,
  links: 4,
  persistence: 5,
  settings: 5,
  history: 5,
  library: 5,
  clipboard: 5,
  integrations: 5,
  watch: 5,
  jobs: 6,
  api: 6,
  shell: 6,
  service: 7,
};

/** The parts of src/ and the floor each stands on; the core's rooms sit between 1 and 2. */
const PARTS: Readonly<Record<string, number>> = {
  shared: 0,
  'main/core': 1,
  emulator: 1,
  'main/cli': 2,
  'main/electron': 2,
  'main/index.ts': 3,
  'main/cli.ts': 3,
  preload: 1,
  renderer: 1,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every relative module a file names: static imports and re-exports, and import() calls. */
function importsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.filter((s) => s.startsWith('.')).map((s) => resolve(dirname(file), s));
}

/** Whether an arrow from a place on floor `from` to one on floor `to` runs back up (or sideways). */
const runsUp = (floors: Readonly<Record<string, number>>, from: string, to: string): boolean =>
  (floors[to] ?? Infinity) >= (floors[from] ?? -Infinity);

const roomOf = (path: string): string => relative(CORE, path).split(sep)[0] ?? '';

function partOf(path: string): string | null {
  const rel = relative(SRC, path).split(sep).join('/');
  const part = Object.keys(PARTS)
    .filter((p) => rel === p || rel.startsWith(`${p}/`) || rel.startsWith(`${p}.`))
    .sort((a, b) => b.length - a.length)[0];
  return part ?? null;
}

describe('the layout of src/', () => {
  it('the core has no loose files, and every room has a floor', () => {
    const entries = readdirSync(CORE);
    const loose = entries.filter((e) => !statSync(join(CORE, e)).isDirectory() && e !== 'index.ts');
    expect(loose).toEqual([]);
    const rooms = entries.filter((e) => statSync(join(CORE, e)).isDirectory());
    expect(rooms.filter((r) => !(r in FLOORS))).toEqual([]);
    expect(Object.keys(FLOORS).filter((r) => !rooms.includes(r))).toEqual([]);
  });

  it('no arrow in the core runs back up: a room imports only rooms on a lower floor', () => {
    const upward: string[] = [];
    for (const file of sourceFiles(CORE)) {
      const from = roomOf(file);
      for (const target of importsOf(file)) {
        if (!target.startsWith(CORE + sep)) continue;
        const to = roomOf(target);
        if (to === from) continue;
        if (runsUp(FLOORS, from, to)) {
          upward.push(`${relative(ROOT, file)} -> ${relative(ROOT, target)}`);
        }
      }
    }
    expect(upward).toEqual([]);
  });

  it("no arrow between src/'s parts runs back up: shared under the core, the core under its edges", () => {
    const upward: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const from = partOf(file);
      if (from === null) continue;
      for (const target of importsOf(file)) {
        const to = partOf(target);
        if (to === null || to === from) continue;
        if (runsUp(PARTS, from, to)) {
          upward.push(`${relative(ROOT, file)} -> ${relative(ROOT, target)}`);
        }
      }
    }
    expect(upward).toEqual([]);
  });

  it('the rule refuses an arrow up, sideways, or to a place with no floor', () => {
    expect(runsUp(FLOORS, 'jobs', 'ports')).toBe(false);
    expect(runsUp(FLOORS, 'ports', 'jobs')).toBe(true);
    expect(runsUp(FLOORS, 'settings', 'history')).toBe(true);
    expect(runsUp(FLOORS, 'service', 'attic')).toBe(true);
    expect(runsUp(PARTS, 'main/core', 'shared')).toBe(false);
    expect(runsUp(PARTS, 'shared', 'renderer')).toBe(true);
    expect(partOf(join(SRC, 'main', 'cli.ts'))).toBe('main/cli.ts');
    expect(partOf(join(SRC, 'main', 'cli', 'report.ts'))).toBe('main/cli');
  });

  it('no file under src/ is longer than 300 lines', () => {
    const long = sourceFiles(SRC)
      .map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter((f) => f.lines > 300)
      .map((f) => `${relative(ROOT, f.file)}: ${f.lines} lines`);
    expect(long).toEqual([]);
  });

  it('no class under src/ is longer than 200 lines', () => {
    const long: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const text = readFileSync(file, 'utf8');
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isClassDeclaration(node) || ts.isClassExpression(node)) {
          const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
          const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
          if (end - start + 1 > 200) {
            long.push(
              `${relative(ROOT, file)}: ${node.name?.text ?? 'class'}, ${end - start + 1} lines`,
            );
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(long).toEqual([]);
  });
});
