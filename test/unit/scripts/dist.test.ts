import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPTS = fileURLToPath(new URL('../../../scripts/', import.meta.url));

// Stand-ins for electron-builder's CLI, so no test touches the network. Each records the
// arguments it was given. The failing ones print what electron-builder 26 prints offline: a
// progress line on stdout, then the ⨯ line with its stack, also on stdout.
const RECORD = `require('fs').writeFileSync(require('path').join(__dirname, 'args.json'), JSON.stringify(process.argv.slice(2)));\n`;
const BUILDS = `${RECORD}console.log('  • packaging       platform=linux arch=x64');
console.log('  • building        target=AppImage');
`;
const OFFLINE = `${RECORD}console.log('  • packaging       platform=linux arch=x64 electron=45.4.1');
console.log('  ⨯ getaddrinfo ENOTFOUND github.com  failedTask=build stackTrace=RequestError: getaddrinfo ENOTFOUND github.com');
console.log('    at ClientRequest.<anonymous> (/x/node_modules/got/dist/source/core/index.js:970:111)');
process.exit(1);
`;
const BROKEN = `${RECORD}console.log('  • packaging       platform=linux arch=x64');
console.log('  ⨯ Application entry file "out/main/index.js" does not exist  failedTask=build');
process.exit(1);
`;

const cleanups: string[] = [];
afterEach(() => {
  for (const dir of cleanups.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project folder with the script and a stand-in electron-builder CLI. */
function project(cli: string | null): string {
  const root = mkdtempSync(join(tmpdir(), 'dist-script-'));
  cleanups.push(root);
  mkdirSync(join(root, 'scripts'));
  for (const file of ['dist.mjs', 'check-node.mjs']) {
    copyFileSync(join(SCRIPTS, file), join(root, 'scripts', file));
  }
  if (cli !== null) {
    const builder = join(root, 'node_modules', 'electron-builder');
    mkdirSync(builder, { recursive: true });
    writeFileSync(join(builder, 'cli.js'), cli);
  }
  return root;
}

function run(root: string, args: string[]) {
  return spawnSync(process.execPath, [join(root, 'scripts', 'dist.mjs'), ...args], {
    cwd: tmpdir(),
    encoding: 'utf8',
    env: { ...process.env, npm_lifecycle_event: 'dist:linux' },
  });
}

const argsSeen = (root: string): unknown =>
  JSON.parse(readFileSync(join(root, 'node_modules', 'electron-builder', 'args.json'), 'utf8'));

describe('scripts/dist.mjs', () => {
  it('passes every argument to electron-builder and its output through', () => {
    const root = project(BUILDS);
    const res = run(root, ['--linux', '--publish', 'never', '--arm64']);
    expect(res.status).toBe(0);
    expect(argsSeen(root)).toEqual(['--linux', '--publish', 'never', '--arm64']);
    expect(res.stdout).toContain('building        target=AppImage');
    expect(res.stderr).toBe('');
  });

  it('turns a failed download into one sentence with what to do, and no stack trace', () => {
    const root = project(OFFLINE);
    const res = run(root, ['--linux', '--publish', 'never']);
    expect(res.status).toBe(1);
    // Progress before the failure is still shown.
    expect(res.stdout).toContain('packaging       platform=linux');
    expect(res.stdout).not.toContain('ENOTFOUND');
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(/^error: electron-builder could not download Electron's zip/);
    expect(res.stderr).toContain('ELECTRON_MIRROR');
    expect(res.stderr).toContain('npm run dist:linux again');
    expect(res.stdout + res.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('shows any other failure as electron-builder printed it, with its exit status', () => {
    const root = project(BROKEN);
    const res = run(root, ['--linux']);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('Application entry file "out/main/index.js" does not exist');
    expect(res.stderr).not.toContain('could not download');
  });

  it('says to run npm install when electron-builder is missing', () => {
    const root = project(null);
    const res = run(root, ['--linux']);
    expect(res.status).toBe(1);
    expect(res.stderr.trim()).toBe(
      'error: electron-builder is not installed; run npm install, then npm run dist:linux again.',
    );
  });
});
