/**
 * What the stand-in's modules share: the line to the test, the ready state, Chromium, and the
 * loud failure for anything real Electron would refuse.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type CDPSession } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../e2e/harness/chromium-args';
import { STANDIN_ENV, type FromApp, type ToApp } from './control';

/** Sends one message to the test; silently nothing when no test is listening. */
export function tell(msg: FromApp): void {
  if (process.connected) process.send?.(msg);
}

let nextAsk = 1;
const pendingAsks = new Map<number, (value: unknown) => void>();
const requestHandlers = new Map<ToApp['t'], (msg: ToApp) => Promise<unknown> | unknown>();

/** Asks the test (as the person at the screen) and waits for the answer. */
export function ask(msg: Omit<Extract<FromApp, { t: 'ask' }>, 'id' | 't'>): Promise<unknown> {
  const id = nextAsk++;
  return new Promise((resolve) => {
    pendingAsks.set(id, resolve);
    tell({ t: 'ask', id, ...msg } as FromApp);
  });
}

/** Answers one kind of request from the test. */
export function onRequest(kind: ToApp['t'], handler: (msg: ToApp) => unknown): void {
  requestHandlers.set(kind, handler);
}

process.on('message', (raw) => {
  const msg = raw as ToApp;
  if (msg.t === 'answer') {
    pendingAsks.get(msg.id)?.(msg.value);
    pendingAsks.delete(msg.id);
    return;
  }
  const handler = requestHandlers.get(msg.t);
  if (!handler) return fault(`the test asked for '${msg.t}', which the stand-in does not answer`);
  void Promise.resolve()
    .then(() => handler(msg))
    .then(
      (value) => tell({ t: 'reply', id: msg.id, value }),
      (err: unknown) => tell({ t: 'reply', id: msg.id, value: { error: String(err) } }),
    );
});
// The test's line must not keep a quitting app alive.
process.channel?.unref();

/**
 * Real Electron refuses this: report it to the test (which fails) and throw, as Electron would.
 */
export function fault(message: string): never {
  console.error(`[stand-in] ${message}`);
  tell({ t: 'fault', message });
  throw new Error(message);
}

let ready = false;
/** Whether app's ready event has fired. */
export const isReady = (): boolean => ready;

/** Throws as Electron does when `what` is used before the app is ready. */
export function requireReady(what: string): void {
  if (!ready) fault(`${what} cannot be used before the app is ready`);
}

export interface Chromium {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly cdp: CDPSession;
  readonly process: ChildProcess;
}

let running: Chromium | null = null;
let profile = '';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** Starts the Chromium that renders this app's windows (the part of Electron that draws). */
async function startChromium(): Promise<Chromium> {
  const port = await freePort();
  profile = mkdtempSync(join(tmpdir(), 'standin-chromium-'));
  const child = spawn(
    process.env[STANDIN_ENV.chromium] ?? '/usr/bin/chromium',
    [
      '--headless=new',
      `--remote-debugging-port=${port}`,
      '--remote-debugging-address=127.0.0.1',
      `--user-data-dir=${profile}`,
      ...CHROMIUM_ARGS,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    child.stderr?.on('data', (data: Buffer) => {
      seen += String(data);
      if (seen.includes('DevTools listening on')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}): ${seen}`)));
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  const cdp = await browser.newBrowserCDPSession();
  tell({ t: 'browser', cdp: endpoint, pid: child.pid ?? 0 });
  return { browser, context, cdp, process: child };
}

/** The running Chromium; only after ready. */
export function browser(): Chromium {
  if (!running) fault('no browser before the app is ready');
  return running;
}

/** Marks the app ready once Chromium is up, as Electron's ready follows its browser start. */
export async function becomeReady(): Promise<void> {
  running = await startChromium();
  ready = true;
}

/** Ends Chromium with the process, as the real browser process ends with Electron's. */
export function stopChromium(): void {
  running?.process.kill('SIGKILL');
  try {
    if (profile) rmSync(profile, { recursive: true, force: true });
  } catch {
    // Chromium may still be writing as it dies; a temp folder left behind is harmless.
  }
}
process.on('exit', stopChromium);
