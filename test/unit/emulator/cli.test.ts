import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { describeSetup, parseCli } from '../../../src/emulator/cli-args';
import type { RunningEmulator } from '../../../src/emulator';
import { tempDir } from '../../support/emulator';

const MAIN = fileURLToPath(new URL('../../../src/emulator/main.ts', import.meta.url));
const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('npm run emulator', () => {
  it('prints where it listens and how to point the app at it, and stops on Ctrl-C', async () => {
    const temp = await tempDir();
    cleanups.push(temp.cleanup);
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', MAIN, '--port', '0', '--data', temp.dir, '--seed', '9'],
      {
        env: {
          ...process.env,
          EMULATOR_PRIVATE_KEY: '',
          EMULATOR_PUBLIC_KEY: '',
          // A real account's key in the CLI's variable must not become the emulator's key.
          IMAGEKIT_PRIVATE_KEY: 'private_real_account_key',
        },
      },
    );
    let output = '';
    child.stdout.setEncoding('utf8');
    const listening = new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (text: string) => {
        output += text;
        const match = /ImageKit emulator listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (match?.[1] && output.includes('Ctrl-C')) resolve(match[1]);
      });
      child.once('exit', () => reject(new Error(`exited early:\n${output}`)));
    });
    const origin = await listening;
    expect(output).toContain(`export IMAGEKIT_UPLOAD_URL=${origin}/api/v1/files/upload`);
    expect(output).toContain(`export IMAGEKIT_URL_ENDPOINT=${origin}/demo`);
    expect(output).toContain(`export IMAGEKIT_AUTH_ENDPOINT=${origin}/__emulator/auth`);
    expect(output).toContain('export IMAGEKIT_PRIVATE_KEY=private_test');
    expect(output).not.toContain('private_real_account_key');
    const stats = await fetch(`${origin}/__emulator/stats`);
    expect(stats.status).toBe(200);

    child.kill('SIGINT');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
  });
});

describe('flags', () => {
  it('reads fault flags and falls back to its own env keys without echoing them', () => {
    const config = parseCli(['--fail-rate', '0.1', '--retry-after', '0', '--seed', '3'], {
      EMULATOR_PRIVATE_KEY: 'private_from_env',
    });
    expect(config?.options.faults).toMatchObject({
      serverErrorRate: 0.1,
      retryAfterSeconds: 0,
      seed: 3,
    });
    expect(config?.options.privateKey).toBe('private_from_env');
    expect(config?.keysFromEnv.privateKey).toBe(true);
    expect(config?.options.port).toBe(4010);
    const origin = 'http://127.0.0.1:4010';
    const addresses = {
      origin,
      uploadUrl: `${origin}/api/v1/files/upload`,
      apiUrl: origin,
      urlEndpoint: `${origin}/demo`,
      authEndpoint: `${origin}/__emulator/auth`,
    } as RunningEmulator;
    const text = describeSetup(addresses, config!);
    expect(text).not.toContain('private_from_env');
    expect(text).toContain('export IMAGEKIT_PRIVATE_KEY="$EMULATOR_PRIVATE_KEY"');
  });

  it('never takes its key from IMAGEKIT_PRIVATE_KEY, the real account key of the CLI', () => {
    const env = { IMAGEKIT_PRIVATE_KEY: 'private_real', IMAGEKIT_PUBLIC_KEY: 'public_real' };
    const config = parseCli([], env);
    expect(config?.options.privateKey).toBe('private_test');
    expect(config?.options.publicKey).toBe('public_test');
    expect(config?.keysFromEnv).toEqual({ privateKey: false, publicKey: false });
    expect(parseCli(['--private-key', 'private_flag'], env)?.options.privateKey).toBe(
      'private_flag',
    );
  });

  it('says which flag has a bad value', () => {
    expect(() => parseCli(['--latency', 'soon'], {})).toThrow(/--latency needs a number/);
    expect(() => parseCli(['--nope'], {})).toThrow();
  });
});
