/**
 * Real CLI processes, speaking to a command-line user: a failure shared by every file names the
 * variable or flag to change once per run (each JSON line keeps its whole sentence), and the
 * offline line says where it is knocking and, on this computer, how to start the emulator.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRig, type CliRig } from '../support/cli-process';
import { noisyJpeg } from '../support/images';
import { until } from './until';

const FILES = 15;

let rig: CliRig;
let dir: string;

beforeAll(async () => {
  rig = await cliRig('uploader-cli-messages-', 'private_cli_messages');
  dir = rig.dir;
  await mkdir(join(dir, 'shoot'));
  for (let i = 0; i < FILES; i++) {
    await writeFile(join(dir, 'shoot', `p-${i}.jpg`), await noisyJpeg(120, 90, 90 + i));
  }
}, 60_000);

afterAll(() => rig.close());

let stateDirs = 0;
function stateDir(): string[] {
  stateDirs += 1;
  return ['--state-dir', join(dir, `state-${stateDirs}`)];
}

describe('cli messages for command-line users', () => {
  it('a wrong key: one line per file, and once IMAGEKIT_PRIVATE_KEY to check', async () => {
    const env = { IMAGEKIT_PRIVATE_KEY: 'private_wrong_key' };
    const text = await rig.cli(['upload', join(dir, 'shoot'), ...stateDir()], env).exit;
    expect(text.code).toBe(1);
    const lines = text.stdout.trim().split('\n');
    expect(lines).toHaveLength(FILES + 1);
    for (const line of lines.slice(0, -1)) {
      expect(line).toMatch(
        /^failed +\S*shoot\/p-\d+\.jpg: ImageKit rejected the private key \(40\d\)\.$/,
      );
    }
    expect(text.stderr.trim().split('\n')).toEqual([
      `To fix ${FILES} files: Check IMAGEKIT_PRIVATE_KEY.`,
    ]);
    expect(`${text.stdout}${text.stderr}`).not.toMatch(/Settings|Retry/);

    const json = await rig.cli(['upload', join(dir, 'shoot'), '--json', ...stateDir()], env).exit;
    const rows = json.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(FILES + 1);
    for (const row of rows.slice(0, -1)) {
      expect(row.error.code).toBe('auth-rejected');
      expect(row.error.message).toMatch(
        /rejected the private key .* Check IMAGEKIT_PRIVATE_KEY\.$/,
      );
    }
    expect(json.stderr.trim()).toBe(`To fix ${FILES} files: Check IMAGEKIT_PRIVATE_KEY.`);
  }, 120_000);

  it('tags ImageKit refuses: once, check --folder and --tags', async () => {
    const files = [join(dir, 'shoot/p-0.jpg'), join(dir, 'shoot/p-1.jpg')];
    const run = await rig.cli(['upload', ...files, '--tags', '50%off', ...stateDir()]).exit;
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^failed +.*p-0\.jpg: ImageKit refused .*\(400\)\.$/m);
    expect(run.stderr.trim()).toBe('To fix 2 files: Check --folder and --tags.');
  }, 120_000);

  /** A loopback port that nothing listens on. */
  async function closedPort(): Promise<number> {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    await new Promise<void>((resolve) => blocker.close(() => resolve()));
    return port;
  }

  /** The first offline line of an upload run with `env`, stopped once it is printed. */
  async function offlineLineWith(env: NodeJS.ProcessEnv): Promise<string | undefined> {
    const run = rig.cli(['upload', join(dir, 'shoot/p-2.jpg'), ...stateDir()], env);
    try {
      await until(() => run.output.stderr.includes('Offline:'), 'the offline line', 60_000);
    } finally {
      run.child.kill('SIGINT');
    }
    await run.exit;
    return run.output.stderr.split('\n').find((l) => l.startsWith('Offline:'));
  }

  it('offline on this computer: names the address and how to start the emulator there', async () => {
    const port = await closedPort();
    const line = await offlineLineWith({
      IMAGEKIT_UPLOAD_URL: `http://127.0.0.1:${port}/api/v1/files/upload`,
    });
    expect(line).toBe(
      `Offline: 1 file waiting for ImageKit at 127.0.0.1:${port}; it continues when the connection is back. ` +
        `127.0.0.1:${port} is this computer: if the emulator should answer there, start it with ` +
        `\`npm run emulator -- --port ${port}\`, or check IMAGEKIT_UPLOAD_URL.`,
    );
  }, 120_000);

  it('an auth endpoint that does not answer: names it and IMAGEKIT_AUTH_ENDPOINT, not ImageKit', async () => {
    const port = await closedPort();
    const line = await offlineLineWith({
      IMAGEKIT_PRIVATE_KEY: '',
      IMAGEKIT_PUBLIC_KEY: 'public_private_cli_messages',
      IMAGEKIT_AUTH_ENDPOINT: `http://127.0.0.1:${port}/auth`,
    });
    expect(line).toBe(
      `Offline: 1 file waiting for your auth endpoint at 127.0.0.1:${port}, which signs the uploads; ` +
        `it continues when it answers. 127.0.0.1:${port} is this computer: if the emulator should ` +
        `answer there, start it with \`npm run emulator -- --port ${port}\`, or check IMAGEKIT_AUTH_ENDPOINT.`,
    );
  }, 120_000);
});
