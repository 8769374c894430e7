/**
 * The team duplicate check end to end, through the CLI in-process with real workers and the
 * emulator on 127.0.0.1: team-setup makes the field once; two state folders (two computers)
 * upload the same photos to one folder and the second sends nothing; signed uploads fall back
 * to this computer's history.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningEmulator } from '../../src/emulator';
import { runCli } from '../../src/main/cli/run';
import { TEAM_SHA_FIELD } from '../../src/shared/team-check';
import { captureIo, startEmulatorIn } from '../support/cli-process';
import { noisyJpeg } from '../support/images';

const KEY = 'private_team_test';
const PUBLIC = 'public_team_test';
let dir: string;
let emulator: RunningEmulator;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uploader-team-'));
  await mkdir(join(dir, 'photos'), { recursive: true });
  for (const seed of [1, 2, 3]) {
    await writeFile(join(dir, `photos/p${seed}.jpg`), await noisyJpeg(400, 300, seed));
  }
  emulator = await startEmulatorIn(dir, KEY, PUBLIC);
});

afterAll(async () => {
  await emulator.close();
  await rm(dir, { recursive: true, force: true });
});

const capture = captureIo;

const keyed = (): NodeJS.ProcessEnv => ({
  IMAGEKIT_PRIVATE_KEY: KEY,
  IMAGEKIT_UPLOAD_URL: emulator.uploadUrl,
  IMAGEKIT_API_URL: emulator.apiUrl,
  IMAGEKIT_URL_ENDPOINT: emulator.urlEndpoint,
});

const signed = (): NodeJS.ProcessEnv => ({
  IMAGEKIT_AUTH_ENDPOINT: emulator.authEndpoint,
  IMAGEKIT_PUBLIC_KEY: PUBLIC,
  IMAGEKIT_UPLOAD_URL: emulator.uploadUrl,
  IMAGEKIT_API_URL: emulator.apiUrl,
  IMAGEKIT_URL_ENDPOINT: emulator.urlEndpoint,
});

type Line = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function upload(folder: string, state: string, env: NodeJS.ProcessEnv): Promise<Line[]> {
  const io = capture();
  const args = ['upload', join(dir, 'photos'), '--folder', folder, '--json'];
  const code = await runCli([...args, '--state-dir', join(dir, state)], io, { env });
  expect(code, io.errors.join('\n')).toBe(0);
  return io.lines.map((l) => JSON.parse(l) as Line);
}

describe('team-setup', () => {
  it('creates the field once: the second run finds it by name, says so and exits 0', async () => {
    const first = capture();
    expect(await runCli(['team-setup'], first, { env: keyed() })).toBe(0);
    expect(first.lines.join('\n')).toContain(
      `Created the custom metadata field "${TEAM_SHA_FIELD}"`,
    );
    const second = capture();
    expect(await runCli(['team-setup', '--json'], second, { env: keyed() })).toBe(0);
    expect(JSON.parse(second.lines[0] as string)).toEqual({
      field: TEAM_SHA_FIELD,
      created: false,
    });
    const fields = emulator.customMetadataFields().filter((f) => f.name === TEAM_SHA_FIELD);
    expect(fields).toEqual([
      expect.objectContaining({ schema: expect.objectContaining({ type: 'Text' }) }),
    ]);
    // The key never shows in what the command prints.
    expect([...first.lines, ...first.errors, ...second.lines].join('\n')).not.toContain(KEY);
  });

  it('with signed uploads only, says the private key is needed and exits 2', async () => {
    const io = capture();
    expect(await runCli(['team-setup'], io, { env: signed() })).toBe(2);
    expect(io.errors.join('\n')).toMatch(/needs IMAGEKIT_PRIVATE_KEY/);
  });
});

describe('two computers, one folder', () => {
  it('the second state folder sends no upload and reports each file skipped with the first one’s links', async () => {
    const a = await upload('/team', 'state-a', keyed());
    const done = a.filter((l) => l.status === 'done');
    expect(done).toHaveLength(3);
    // Each variant records its source's hash, in the field team-setup made.
    const stored = emulator.files().filter((f) => f.filePath.startsWith('/team/'));
    expect(stored).toHaveLength(6);
    for (const file of stored) {
      expect(file.customMetadata[TEAM_SHA_FIELD]).toMatch(/^[0-9a-f]{64}$/);
    }

    const before = emulator.stats();
    const b = await upload('/team', 'state-b', keyed());
    const after = emulator.stats();
    expect(after.uploads).toBe(before.uploads);
    // Three hashes asked about together, not one request per file.
    expect(after.searches - before.searches).toBeLessThanOrEqual(1);
    expect(b.at(-1)).toEqual({ summary: { done: 0, skipped: 3, failed: 0 } });
    for (const line of b.slice(0, 3)) {
      const earlier = done.find((d) => d.source === line.source);
      expect(line).toMatchObject({
        status: 'skipped',
        onImageKit: true,
        main: { url: earlier?.main.url, fileId: earlier?.main.fileId },
        thumb: { url: earlier?.thumb.url, fileId: earlier?.thumb.fileId },
      });
    }

    // B's history has them now, so History shows them on that computer too.
    const history = capture();
    const state = ['--state-dir', join(dir, 'state-b')];
    expect(await runCli(['history', '--format', 'json', ...state], history)).toBe(0);
    const entries = history.lines.join('\n').split('\n').filter(Boolean);
    expect(entries).toHaveLength(3);
  });

  it('--force uploads what ImageKit holds already', async () => {
    const before = emulator.stats().uploads;
    const io = capture();
    const args = ['upload', join(dir, 'photos/p1.jpg'), '--folder', '/team', '--force', '--json'];
    expect(await runCli([...args, '--state-dir', join(dir, 'state-c')], io, { env: keyed() })).toBe(
      0,
    );
    expect(JSON.parse(io.lines[0] as string).status).toBe('done');
    expect(emulator.stats().uploads).toBe(before + 2);
  });
});

describe('signed uploads (an auth endpoint)', () => {
  it('fall back to this computer’s history: no search, no hash sent, the second run skips locally', async () => {
    const before = emulator.stats();
    const first = await upload('/signed', 'state-signed', signed());
    expect(first.filter((l) => l.status === 'done')).toHaveLength(3);
    expect(emulator.stats().searches).toBe(before.searches);
    const stored = emulator.files().filter((f) => f.filePath.startsWith('/signed/'));
    expect(stored).toHaveLength(6);
    for (const file of stored) expect(file.customMetadata).not.toHaveProperty(TEAM_SHA_FIELD);

    const uploads = emulator.stats().uploads;
    const again = await upload('/signed', 'state-signed', signed());
    expect(again.at(-1)).toEqual({ summary: { done: 0, skipped: 3, failed: 0 } });
    expect(again[0]).not.toHaveProperty('onImageKit');
    expect(emulator.stats().uploads).toBe(uploads);
  });
});
