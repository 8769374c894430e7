#!/usr/bin/env node
// Runs electron-builder for `npm run dist:*` (arguments pass through, so
// `npm run dist:mac -- --arm64` works). electron-builder downloads Electron's zip for the target
// system and its packaging tools the first time; it does not use the runtime `npm start` fetched.
// When that download fails it prints a stack trace; this turns it into one sentence that says
// what to do. Any other failure is shown as electron-builder printed it.
import './check-node.mjs';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'node_modules', 'electron-builder', 'cli.js');
const again = process.env.npm_lifecycle_event
  ? `npm run ${process.env.npm_lifecycle_event}`
  : 'the same command';

// What Node and got report when a host cannot be reached or a connection breaks.
const NETWORK =
  /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|socket hang up|getaddrinfo|UNABLE_TO_GET_ISSUER_CERT_LOCALLY|SELF_SIGNED_CERT_IN_CHAIN|CERT_HAS_EXPIRED)\b/;

if (!existsSync(cli)) {
  console.error(`error: electron-builder is not installed; run npm install, then ${again} again.`);
  process.exit(1);
}

const child = spawn(process.execPath, [cli, ...process.argv.slice(2)], {
  cwd: root,
  stdio: ['inherit', 'pipe', 'pipe'],
});

// Output is passed through as it comes, until electron-builder reports a failure (a line
// starting with ⨯): from there it is held, to be shown only if it is not a download failure.
let held = '';
let failing = false;
function pass(chunk, out) {
  const text = chunk.toString();
  if (!failing) {
    const at = text.search(/^\s*⨯/m);
    if (at === -1) {
      out.write(text);
      return;
    }
    out.write(text.slice(0, at));
    failing = true;
    held += text.slice(at);
    return;
  }
  held += text;
}
child.stdout.on('data', (chunk) => pass(chunk, process.stdout));
child.stderr.on('data', (chunk) => pass(chunk, process.stderr));

let interrupted = false;
process.on('SIGINT', () => {
  interrupted = true;
});

child.on('close', (code, signal) => {
  if (code === 0) process.exit(0);
  if (interrupted || signal === 'SIGINT') process.exit(130);
  if (NETWORK.test(held)) {
    console.error(
      `error: electron-builder could not download Electron's zip or its packaging tools; check the internet connection (behind a proxy, set HTTPS_PROXY), or set ELECTRON_MIRROR and ELECTRON_BUILDER_BINARIES_MIRROR to mirrors, then run ${again} again.`,
    );
  } else {
    process.stderr.write(held);
  }
  process.exit(code ?? 1);
});
