import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../src/emulator';
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
