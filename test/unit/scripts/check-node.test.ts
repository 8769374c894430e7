import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Every entry a person starts, through npm or by hand. */
const ENTRIES = [
  'scripts/test.mjs',
  'scripts/ensure-electron.mjs',
  'scripts/dist.mjs',
  'scripts/screenshots.ts',
  'src/main/cli.ts',
  'bench/run.ts',
  'bench/state.ts',
];

/** A Node older than 22.13 on this machine (Debian's), or null when there is none. */
function olderNode(): string | null {
  for (const candidate of ['/usr/bin/node', '/usr/local/bin/node']) {
    if (!existsSync(candidate)) continue;
    const res = spawnSync(candidate, ['-p', 'process.versions.node'], { encoding: 'utf8' });
    const [major = 0, minor = 0] = res.stdout.trim().split('.').map(Number);
    if (res.status === 0 && (major < 22 || (major === 22 && minor < 13))) return candidate;
  }
  return null;
}

const cleanups: string[] = [];
afterEach(() => {
  for (const dir of cleanups.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project folder holding the check, with or without the pinned Node installed. */
function project(installed: boolean): string {
  const root = mkdtempSync(join(tmpdir(), 'check-node-'));
  cleanups.push(root);
  mkdirSync(join(root, 'scripts'));
  copyFileSync(join(ROOT, 'scripts/check-node.mjs'), join(root, 'scripts/check-node.mjs'));
  if (installed) {
    mkdirSync(join(root, 'node_modules/node'), { recursive: true });
    writeFileSync(join(root, 'node_modules/node/package.json'), '{"name":"node"}');
  }
  return root;
}

describe('the Node check', () => {
  it('runs first in every entry, so an old Node stops before any work (the bench included)', () => {
    for (const entry of ENTRIES) {
      const source = readFileSync(join(ROOT, entry), 'utf8');
      const first = /^import\s+['"]([^'"]+)['"];?$/m.exec(
        source.split('\n').find((line) => line.startsWith('import')) ?? '',
      );
      expect(first?.[1], entry).toMatch(/check-node\.mjs$/);
    }
  });

  it('npm scripts run on the pinned Node 22, whose install script npm is allowed to run', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
      allowScripts: Record<string, boolean>;
    };
    const [major = 0, minor = 0] = (pkg.devDependencies.node ?? '').split('.').map(Number);
    expect(pkg.devDependencies.node).toMatch(/^\d+\.\d+\.\d+$/);
    expect(major === 22 && minor >= 13).toBe(true);
    expect(pkg.allowScripts.node).toBe(true);
  });

  const older = olderNode();
  it.skipIf(older === null)(
    `an older Node stops with one line that says what to run (with ${older ?? 'no older Node on this machine'})`,
    () => {
      const before = spawnSync(older!, [join(project(false), 'scripts/check-node.mjs')], {
        encoding: 'utf8',
      });
      expect(before.status).toBe(1);
      expect(before.stderr.trim().split('\n')).toHaveLength(1);
      expect(before.stderr).toMatch(/needs Node\.js 22\.13 or newer .* Run npm install first/);

      const after = spawnSync(older!, [join(project(true), 'scripts/check-node.mjs')], {
        encoding: 'utf8',
      });
      expect(after.status).toBe(1);
      expect(after.stderr).toMatch(/Start it through npm \(npm test, npm start/);
    },
  );

  it('Node 22 passes without a word', () => {
    const res = spawnSync(process.execPath, [join(project(false), 'scripts/check-node.mjs')], {
      encoding: 'utf8',
    });
    expect(res.status).toBe(0);
    expect(res.stderr).toBe('');
  });
});
