import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The real scanner over a deliberately unsafe main process: the gate must fail on it.
const UNSAFE_MAIN = `const { BrowserWindow } = require('electron');
const win = new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false } });
win.loadURL('https://example.com/');
`;

describe('the Electronegativity gate on an unsafe app', () => {
  let dir = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'electronegativity-'));
    await writeFile(join(dir, 'main.js'), UNSAFE_MAIN);
    await writeFile(
      join(dir, 'allowlist.txt'),
      [
        'SANDBOX_JS_CHECK main.js Listed to show a justified medium passes the gate.',
        'AUXCLICK_JS_CHECK main.js Listed to show a justified medium passes the gate.',
        'CSP_GLOBAL_CHECK N/A Listed to show a justified medium passes the gate.',
        'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK N/A Listed to show a justified medium passes.',
        'CONTEXT_ISOLATION_JS_CHECK main.js Listed, but a high finding can never be allowed.',
      ].join('\n'),
    );
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('fails on the high findings, allowlisted or not, and lets justified mediums pass', () => {
    const res = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/electronegativity.ts',
        '--src',
        dir,
        '--allowlist',
        join(dir, 'allowlist.txt'),
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(res.status).toBe(1);
    expect(res.stdout).toMatch(/FAIL: CONTEXT_ISOLATION_JS_CHECK main\.js:2: HIGH/);
    expect(res.stdout).toMatch(/allowed: SANDBOX_JS_CHECK main\.js:2/);
    const failed = res.stdout.split('\n').filter((line) => line.includes('FAIL:'));
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((line) => line.includes('HIGH'))).toBe(true);
  });
});
