#!/usr/bin/env node
// Runs before `npm start` and `npm run dev`. Electron's package fetches its runtime only on the
// first require('electron'), which electron-vite never does: it reads path.txt itself and stops
// with "Electron uninstall" when that file is missing. So the runtime is fetched here, once, with
// Electron's own installer (it honours ELECTRON_MIRROR, electron_config_cache and the rest), and a
// failed download ends in one sentence instead of a stack trace.
//
// The dist:* scripts do not run this: electron-builder never uses node_modules/electron/dist, it
// downloads Electron's zip for the target system itself (scripts/dist.mjs words that failure).
import './check-node.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');
const installer = join(electronDir, 'install.js');
const again =
  !process.env.npm_lifecycle_event || process.env.npm_lifecycle_event === 'start'
    ? 'npm start'
    : `npm run ${process.env.npm_lifecycle_event}`;

function fail(sentence) {
  console.error(`error: ${sentence}`);
  process.exit(1);
}

/**
 * The binary electron-vite will start: ELECTRON_EXEC_PATH when set, otherwise the one path.txt
 * names under dist/. electron-vite does not read ELECTRON_OVERRIDE_DIST_PATH, so neither does this.
 */
function runtimePath() {
  if (process.env.ELECTRON_EXEC_PATH) return process.env.ELECTRON_EXEC_PATH;
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  // Not trimmed: electron-vite joins the file's text as it is.
  return join(electronDir, 'dist', readFileSync(pathFile, 'utf8'));
}

function present() {
  const binary = runtimePath();
  return binary !== null && existsSync(binary);
}

if (present()) process.exit(0);

if (process.env.ELECTRON_EXEC_PATH) {
  fail(
    `ELECTRON_EXEC_PATH names ${process.env.ELECTRON_EXEC_PATH}, which does not exist; point it at an Electron binary or unset it, then run ${again} again.`,
  );
}
if (!existsSync(installer)) {
  fail(`the electron package is not installed; run npm install, then ${again} again.`);
}

console.log('Fetching the Electron runtime (once, about 100 MB)…');
// The installer prints a raw stack trace when the download fails; that is kept from the user,
// who gets the sentence below instead.
const result = spawnSync(process.execPath, [installer], { cwd: root, stdio: 'ignore' });
// Ctrl+C during the download is the user's choice, not a network problem.
if (result.signal === 'SIGINT') process.exit(130);
if (result.status !== 0) {
  fail(
    `the Electron runtime could not be downloaded; check the internet connection (behind a proxy, set ELECTRON_GET_USE_PROXY=true and HTTPS_PROXY) or set ELECTRON_MIRROR to a mirror of Electron's releases, then run ${again} again.`,
  );
}
if (!present()) {
  fail(
    `Electron's installer finished but the runtime is still missing; delete node_modules/electron/dist and node_modules/electron/path.txt, then run ${again} again.`,
  );
}
