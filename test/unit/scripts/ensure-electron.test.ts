import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPTS = fileURLToPath(new URL('../../../scripts/', import.meta.url));

// Stand-ins for Electron's installer, so no test touches the network. Each leaves a mark, so a
// test can tell whether it ran.
const INSTALLS = `const fs = require('fs');
const path = require('path');
fs.writeFileSync(path.join(__dirname, 'installer-ran'), '');
fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), 'runtime');
fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');
`;
const FAILS = `require('fs').writeFileSync(require('path').join(__dirname, 'installer-ran'), '');
console.error(new Error('getaddrinfo ENOTFOUND github.com').stack);
process.exit(1);
`;

const cleanups: string[] = [];
afterEach(() => {
  for (const dir of cleanups.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project folder with the script (copied, so it finds its root as it would in the repo). */
function project(options: { installer?: string; runtime?: boolean }): string {
  const root = mkdtempSync(join(tmpdir(), 'ensure-electron-'));
  cleanups.push(root);
  mkdirSync(join(root, 'scripts'));
  for (const file of ['ensure-electron.mjs', 'check-node.mjs']) {
    copyFileSync(join(SCRIPTS, file), join(root, 'scripts', file));
  }
  const electron = join(root, 'node_modules', 'electron');
  mkdirSync(electron, { recursive: true });
  if (options.installer) writeFileSync(join(electron, 'install.js'), options.installer);
  if (options.runtime) {
    mkdirSync(join(electron, 'dist'));
    writeFileSync(join(electron, 'dist', 'electron'), 'runtime');
    writeFileSync(join(electron, 'path.txt'), 'electron');
  }
  return root;
}

/** Runs the script from a folder outside the project, as `npm start` would name it. */
function run(root: string, env: NodeJS.ProcessEnv = {}) {
  const elsewhere = mkdtempSync(join(tmpdir(), 'ensure-electron-cwd-'));
  cleanups.push(elsewhere);
  const base = { ...process.env };
  delete base.ELECTRON_EXEC_PATH;
  return spawnSync(process.execPath, [join(root, 'scripts', 'ensure-electron.mjs')], {
    cwd: elsewhere,
    encoding: 'utf8',
    env: { ...base, npm_lifecycle_event: 'start', ...env },
  });
}

const installerRan = (root: string) =>
  existsSync(join(root, 'node_modules', 'electron', 'installer-ran'));

describe('scripts/ensure-electron.mjs', () => {
  it('does nothing, quietly, when the runtime path.txt names is there', () => {
    const root = project({ installer: INSTALLS, runtime: true });
    const res = run(root);
    expect(res.status).toBe(0);
    expect(res.stdout).toBe('');
    expect(res.stderr).toBe('');
    expect(installerRan(root)).toBe(false);
  });

  it('does nothing when ELECTRON_EXEC_PATH names a binary, as electron-vite then runs that', () => {
    const root = project({ installer: INSTALLS });
    const binary = join(root, 'my-electron');
    writeFileSync(binary, 'runtime');
    const res = run(root, { ELECTRON_EXEC_PATH: binary });
    expect(res.status).toBe(0);
    expect(res.stdout + res.stderr).toBe('');
    expect(installerRan(root)).toBe(false);
  });

  it('stops without downloading when ELECTRON_EXEC_PATH names a missing file', () => {
    const root = project({ installer: INSTALLS });
    const res = run(root, { ELECTRON_EXEC_PATH: join(root, 'nowhere') });
    expect(res.status).not.toBe(0);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toContain('ELECTRON_EXEC_PATH names');
    expect(installerRan(root)).toBe(false);
  });

  it("fetches a missing runtime with Electron's installer, saying so in one line", () => {
    const root = project({ installer: INSTALLS });
    const res = run(root);
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(res.stdout.trim().split('\n')).toEqual([
      'Fetching the Electron runtime (once, about 100 MB)…',
    ]);
    expect(existsSync(join(root, 'node_modules', 'electron', 'dist', 'electron'))).toBe(true);
  });

  it('ends a failed download with one sentence saying what to do, and no stack trace', () => {
    const root = project({ installer: FAILS });
    const res = run(root);
    expect(res.status).not.toBe(0);
    expect(installerRan(root)).toBe(true);
    const lines = res.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    const [sentence = ''] = lines;
    expect(sentence).toMatch(/^error: the Electron runtime could not be downloaded; .*\.$/);
    expect(sentence).toContain('ELECTRON_MIRROR');
    expect(sentence).toContain('then run npm start again.');
    expect(res.stderr).not.toMatch(/^\s+at /m);
    expect(res.stderr).not.toContain('ENOTFOUND');
  });

  it('names the npm script that was run in the sentence', () => {
    const root = project({ installer: FAILS });
    const res = run(root, { npm_lifecycle_event: 'dev' });
    expect(res.stderr).toContain('then run npm run dev again.');
  });

  it('asks for npm install when the electron package itself is missing', () => {
    const root = project({});
    const res = run(root);
    expect(res.status).not.toBe(0);
    expect(res.stderr.trim()).toBe(
      'error: the electron package is not installed; run npm install, then npm start again.',
    );
  });

  it('says the installer left no runtime behind when it ends well without one', () => {
    const root = project({ installer: `process.exit(0);\n` });
    const res = run(root);
    expect(res.status).not.toBe(0);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toContain('delete node_modules/electron/dist');
  });
});
