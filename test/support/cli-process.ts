import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { fileURLToPath } from 'node:url';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../src/emulator';
import type { CliIo } from '../../src/main/cli/io';
import { tempDir } from './images';

/** The command-line entry, run from source through tsx. */
export const CLI = fileURLToPath(new URL('../../src/main/cli.ts', import.meta.url));

export interface CliExit {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliRun {
  readonly child: ChildProcess;
  /** What the process has printed so far (grows while it runs). */
  readonly output: { stdout: string; stderr: string };
  readonly exit: Promise<CliExit>;
}

/** Starts the CLI as a real process with `env` added to this process's environment. */
export function spawnCli(args: readonly string[], env: NodeJS.ProcessEnv): CliRun {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    env: { ...process.env, ...env },
  });
  const output = { stdout: '', stderr: '' };
  child.stdout?.setEncoding('utf8').on('data', (t: string) => (output.stdout += t));
  child.stderr?.setEncoding('utf8').on('data', (t: string) => (output.stderr += t));
  const exit = new Promise<CliExit>((resolve) =>
    child.once('exit', (code) => resolve({ code, stdout: output.stdout, stderr: output.stderr })),
  );
  return { child, output, exit };
}

/** The environment that points the CLI at `emulator` with the private key `key`. */
export function emulatorEnv(emulator: RunningEmulator, key: string): NodeJS.ProcessEnv {
  return {
    IMAGEKIT_PRIVATE_KEY: key,
    IMAGEKIT_UPLOAD_URL: emulator.uploadUrl,
    IMAGEKIT_API_URL: emulator.apiUrl,
    IMAGEKIT_URL_ENDPOINT: emulator.urlEndpoint,
  };
}

/** An emulator on a free loopback port keeping its data in `dir`/emu. */
export function startEmulatorIn(
  dir: string,
  privateKey: string,
  publicKey: string,
  extra: Partial<EmulatorOptions> = {},
): Promise<RunningEmulator> {
  return startEmulator({ dataDir: join(dir, 'emu'), privateKey, publicKey, port: 0, ...extra });
}

/** What `useCliEmulator` gives a test file once its hooks ran. */
export interface CliFixture {
  /** A fresh temporary folder, removed after the file's tests. */
  dir: string;
  emulator: RunningEmulator;
}

/**
 * A temporary folder and an emulator in it for one test file: made before its tests (then
 * `setup` writes what they need) and removed after them.
 */
export function useCliEmulator(
  prefix: string,
  keys: { readonly privateKey: string; readonly publicKey: string },
  setup: (dir: string) => Promise<void> = async () => {},
): CliFixture {
  const fixture = { dir: '', emulator: null as unknown as RunningEmulator };
  beforeAll(async () => {
    fixture.dir = await mkdtemp(join(tmpdir(), prefix));
    await setup(fixture.dir);
    fixture.emulator = await startEmulatorIn(fixture.dir, keys.privateKey, keys.publicKey);
  });
  afterAll(async () => {
    await fixture.emulator?.close();
    await rm(fixture.dir, { recursive: true, force: true });
  });
  return fixture;
}

/** Resolves once `serve` printed its listening line; the address it listens on. */
export async function untilListening(run: CliRun, timeoutMs = 60_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  while (!/Listening on/.test(run.output.stdout)) {
    if (Date.now() > end || run.child.exitCode !== null) {
      throw new Error(`no listening line: ${run.output.stderr}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return /http:\/\/127\.0\.0\.1:(\d+)\/upload/.exec(run.output.stdout)?.[0] ?? '';
}

/** The run's exit, ending the process first if it is still running after `ms` (a failed test). */
export function exitWithin(run: CliRun, ms: number): Promise<CliExit> {
  const timer = setTimeout(() => run.child.kill('SIGKILL'), ms);
  return run.exit.finally(() => clearTimeout(timer));
}

/** The JSON lines a command printed (its per-file lines and its summary), parsed. */
export function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** A temporary folder, an emulator keeping its files there, and the CLI pointed at it. */
export interface CliRig {
  readonly dir: string;
  readonly emulator: RunningEmulator;
  /** Starts the CLI with the emulator's environment and the key it accepts, plus `env`. */
  cli(args: readonly string[], env?: NodeJS.ProcessEnv): CliRun;
  /** Stops the emulator and removes the folder. */
  close(): Promise<void>;
}

/** Sets up a CliRig; `extra` adds emulator options (faults, a log). */
export async function cliRig(
  prefix: string,
  key: string,
  extra: Partial<EmulatorOptions> = {},
): Promise<CliRig> {
  const { dir, cleanup } = await tempDir(prefix);
  const emulator = await startEmulatorIn(dir, key, `public_${key}`, extra);
  return {
    dir,
    emulator,
    cli: (args, env = {}) => spawnCli(args, { ...emulatorEnv(emulator, key), ...env }),
    close: async () => {
      await emulator.close();
      await cleanup();
    },
  };
}

/** Output of an in-process CLI run, kept line by line. */
export function captureIo(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => void lines.push(l), err: (l) => void errors.push(l) };
}
