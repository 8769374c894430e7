/**
 * The emulator in a process of its own, as ImageKit is a server elsewhere: its work (reading
 * bodies, storing files) then does not run on the bench's event loop. It runs at normal
 * priority, as the app's main process does, and so above the image workers (which lower their
 * own): a server elsewhere answers whatever this machine is doing. At the lowest priority it
 * was starved by the workers, every answer waited for processing to end, and the full batch
 * measured 1.55x the slower stage for the bench's sake alone. Its ~5 ms per request is charged
 * to this machine's CPU, which makes the ratios a little pessimistic, never flattering. Started
 * through its own command line, so the uplink and latency flags are the ones a person would type.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const MAIN = resolve(import.meta.dirname, '../src/emulator/main.ts');

export interface EmulatorProcess {
  readonly origin: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/** A link as the emulator's flags set it; null rate: unlimited. */
export interface LinkSetting {
  readonly label: string;
  readonly mbit: number | null;
  readonly latencyMs: number;
}

export async function startEmulatorProcess(link: LinkSetting): Promise<EmulatorProcess> {
  const data = mkdtempSync(join(tmpdir(), 'uploader-bench-emu-'));
  const args = ['--import', 'tsx', MAIN, '--port', '0', '--data', data];
  if (link.mbit !== null) args.push('--uplink-mbit', String(link.mbit));
  if (link.latencyMs > 0) args.push('--latency', String(link.latencyMs));
  const child: ChildProcess = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, EMULATOR_PRIVATE_KEY: '', EMULATOR_PUBLIC_KEY: '' },
  });
  const origin = await new Promise<string>((done, fail) => {
    let text = '';
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      text += chunk;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(text);
      if (match?.[1] && text.includes('Ctrl-C')) {
        text = '';
        done(match[1]);
      }
      // Past start-up its lines (one per stored file) are read and dropped.
      if (text.length > 100_000) text = '';
    });
    child.once('exit', (code) => fail(new Error(`the emulator exited (${code}) before listening`)));
  });
  return {
    origin,
    pid: child.pid!,
    stop: async () => {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
      rmSync(data, { recursive: true, force: true });
    },
  };
}
