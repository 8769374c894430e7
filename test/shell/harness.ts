/**
 * Starts the built app (out/main/index.js) under the stand-in Electron and gives a test the page
 * a person sees, the native dialogs to answer, the menu to click and the clipboard to read.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { STANDIN_ENV, type DialogAsk, type FromApp, type ToApp } from './stand-in/control';

const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const register = pathToFileURL(resolve('test/shell/stand-in/register.ts')).href;
const MAIN = resolve('out/main/index.js');

export interface LaunchOptions {
  /** The folder standing for the OS's app-data folder; userData is inside it. */
  readonly appData: string;
  /** Command-line arguments after the app's path (files to open). */
  readonly args?: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
  /** Run the app process as this user (a read-only folder means nothing to root). */
  readonly uid?: number;
}

type Ask = Extract<FromApp, { t: 'ask' }>;
type Answer = (ask: Ask) => unknown;

/** One running app process. */
export class ShellApp {
  readonly errorBoxes: Array<{ title: string; content: string }> = [];
  readonly notifications: Array<{ title: string; body: string }> = [];
  readonly opened: string[] = [];
  readonly faults: string[] = [];
  readonly asks: Ask[] = [];
  readonly output: string[] = [];
  appUserModelId: string | null = null;
  readonly exited: Promise<number | null>;
  private readonly answers = new Map<DialogAsk['kind'], Answer[]>();
  private readonly waitingAsks: Ask[] = [];
  private readonly replies = new Map<number, (value: unknown) => void>();
  private nextId = 1;
  private browser: Browser | null = null;
  private browserReady: Promise<string>;
  private chromiumPid = 0;
  private exitCode: number | null | undefined;

  constructor(private readonly child: ChildProcess) {
    let gotBrowser: (cdp: string) => void = () => undefined;
    this.browserReady = new Promise((r) => (gotBrowser = r));
    const collect = (data: Buffer) => this.output.push(String(data));
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.on('message', (raw) => {
      const msg = raw as FromApp;
      switch (msg.t) {
        case 'browser':
          this.chromiumPid = msg.pid;
          gotBrowser(msg.cdp);
          break;
        case 'ask':
          this.asks.push(msg);
          this.answerOrWait(msg);
          break;
        case 'error-box':
          this.errorBoxes.push({ title: msg.title, content: msg.content });
          break;
        case 'notification':
          this.notifications.push({ title: msg.title, body: msg.body });
          break;
        case 'open-external':
          this.opened.push(msg.url);
          break;
        case 'app-user-model-id':
          this.appUserModelId = msg.id;
          break;
        case 'fault':
          this.faults.push(msg.message);
          break;
        case 'reply':
          this.replies.get(msg.id)?.(msg.value);
          this.replies.delete(msg.id);
          break;
        default:
          break;
      }
    });
    this.exited = new Promise((r) =>
      child.on('exit', (code) => {
        this.exitCode = code;
        r(code);
      }),
    );
  }

  /** Everything the process printed, for failure messages. */
  get log(): string {
    return this.output.join('');
  }

  /** The next native dialog of this kind gets this answer (or the answer `fn` computes). */
  answerNext(kind: DialogAsk['kind'], value: unknown | Answer): void {
    const fn: Answer = typeof value === 'function' ? (value as Answer) : () => value;
    const queue = this.answers.get(kind) ?? [];
    queue.push(fn);
    this.answers.set(kind, queue);
    for (const ask of [...this.waitingAsks]) this.answerOrWait(ask, true);
  }

  private answerOrWait(ask: Ask, retry = false): void {
    const fn = this.answers.get(ask.kind)?.shift();
    if (!fn) {
      if (!retry) this.waitingAsks.push(ask);
      return;
    }
    if (retry) this.waitingAsks.splice(this.waitingAsks.indexOf(ask), 1);
    this.send({ t: 'answer', id: ask.id, value: fn(ask) });
  }

  /** A message box the app shows, once it shows it (answered later with answerNext). */
  async waitForAsk(kind: DialogAsk['kind'], timeoutMs = 20_000): Promise<Ask> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const ask = this.waitingAsks.find((a) => a.kind === kind);
      if (ask) return ask;
      if (Date.now() > deadline) throw new Error(`no ${kind} dialog came up\n${this.log}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  private send(msg: ToApp): void {
    if (this.child.connected) this.child.send(msg);
  }

  /** Asks the stand-in for something and waits for the answer. */
  request<T>(t: Exclude<ToApp['t'], 'answer' | 'menu-click'>): Promise<T>;
  request<T>(t: 'menu-click', path: readonly string[]): Promise<T>;
  request<T>(t: ToApp['t'], path?: readonly string[]): Promise<T> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.replies.set(id, (value) => {
        const error = (value as { error?: string } | null)?.error;
        if (error) reject(new Error(error));
        else resolve(value as T);
      });
      this.send({ t, id, ...(path ? { path } : {}) } as ToApp);
    });
  }

  /** The app's window as a Playwright page, once it has loaded. */
  async window(): Promise<Page> {
    const cdp = await Promise.race([
      this.browserReady,
      this.exited.then((code) => {
        throw new Error(`the app exited (${code}) before it opened a window\n${this.log}`);
      }),
    ]);
    this.browser ??= await chromium.connectOverCDP(cdp);
    const deadline = Date.now() + 30_000;
    for (;;) {
      for (const page of this.browser.contexts().flatMap((c) => c.pages())) {
        if ((await page.title()) === 'Batch Uploader for ImageKit') return page;
      }
      if (this.exitCode !== undefined) throw new Error(`the app exited\n${this.log}`);
      if (Date.now() > deadline) throw new Error(`no app window\n${this.log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Waits for the process to end, killing it after `timeoutMs`. */
  async waitForExit(timeoutMs = 30_000): Promise<number | null> {
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }

  async close(): Promise<void> {
    await this.browser?.close().catch(() => undefined);
    if (this.exitCode === undefined) {
      this.child.kill('SIGKILL');
      await this.exited;
    }
    if (this.chromiumPid) {
      try {
        process.kill(this.chromiumPid, 'SIGKILL');
      } catch {
        // already gone with the app
      }
    }
  }
}

/** Starts the built app under the stand-in Electron. */
export function launchShell(opts: LaunchOptions): ShellApp {
  let node = process.execPath;
  if (opts.uid !== undefined) {
    // Node may live in a folder only its owner can enter; the other user gets its own copy.
    node = join(dirname(opts.appData), 'node');
    copyFileSync(process.execPath, node);
    chmodSync(node, 0o755);
  }
  const child = spawn(node, ['--import', tsx, '--import', register, MAIN, ...(opts.args ?? [])], {
    cwd: process.cwd(),
    env: { ...process.env, ...opts.env, [STANDIN_ENV.appData]: opts.appData },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    ...(opts.uid !== undefined ? { uid: opts.uid, gid: opts.uid } : {}),
  });
  return new ShellApp(child);
}
