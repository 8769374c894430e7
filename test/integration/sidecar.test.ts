/**
 * A metadata sidecar through the CLI and the app's service: problems are reported before
 * anything is sent (exit 2, "status":"invalid" lines); a good one gives each file its own alt
 * text, tags and folder on the emulator.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../src/emulator';
import { runCli } from '../../src/main/cli/run';
import { strings } from '../../src/shared/strings';
import { startTempEmulator } from '../support/emulator';
import { noisyJpeg } from '../support/images';
import { startRig, type ServiceRig } from '../support/service-rig';
import { HEADLESS_PLATFORM } from '../../src/main/core/ports';

const KEY = 'private_sidecar_key';
let dir: string;
let emulator: RunningEmulator;
let closeEmulator: () => Promise<void>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uploader-sidecar-'));
  await mkdir(join(dir, 'shoot'));
  for (const [i, name] of ['harbour.jpg', 'lake.jpg', 'road.jpg'].entries()) {
    await writeFile(join(dir, 'shoot', name), await noisyJpeg(600, 400, i + 1));
  }
  const temp = await startTempEmulator({ privateKey: KEY, publicKey: 'public_sidecar' });
  emulator = temp.emu;
  closeEmulator = temp.close;
}, 60_000);

afterAll(async () => {
  await closeEmulator();
  await rm(dir, { recursive: true, force: true });
});

function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const env = {
    IMAGEKIT_PRIVATE_KEY: KEY,
    IMAGEKIT_UPLOAD_URL: emulator.uploadUrl,
    IMAGEKIT_API_URL: emulator.apiUrl,
    IMAGEKIT_URL_ENDPOINT: emulator.urlEndpoint,
  };
  const io = { out: (l: string) => void out.push(l), err: (l: string) => void err.push(l) };
  return runCli(args, io, { env }).then((code) => ({ code, out, err }));
}

describe('upload --metadata', () => {
  it('reports every problem as an invalid line and exits 2 before sending anything', async () => {
    const csv = join(dir, 'bad.csv');
    await writeFile(
      csv,
      'file,alt,decorative,tags,folder\n' +
        'harbour.jpg,A harbour,,boats,/blog\n' +
        'harbour.jpg,Again,,,\n' +
        'missing.jpg,Nowhere,,,\n' +
        'lake.jpg,,maybe,,/a/../b\n',
    );
    const before = emulator.stats().requests;
    const run = await cli([
      'upload',
      join(dir, 'shoot'),
      '--metadata',
      csv,
      '--json',
      '--state-dir',
      join(dir, 'state-bad'),
    ]);
    expect(run.code).toBe(2);
    const lines = run.out.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.every((l) => l.status === 'invalid')).toBe(true);
    expect(lines).toEqual([
      expect.objectContaining({ source: csv, row: 3, file: 'harbour.jpg' }),
      expect.objectContaining({ source: csv, row: 4, file: 'missing.jpg' }),
      expect.objectContaining({ source: csv, row: 5, column: 'decorative' }),
      expect.objectContaining({ source: csv, row: 5, column: 'folder' }),
      expect.objectContaining({ source: join(dir, 'shoot', 'road.jpg'), file: 'road.jpg' }),
    ]);
    expect(lines[1]?.error).toBe(strings.sidecar.missingFile(4, 'missing.jpg'));
    expect(run.err.join('\n')).toContain(strings.cli.metadataStopped(csv, 5));
    // Nothing was uploaded (a fields lookup is all it may have asked).
    expect(emulator.files()).toHaveLength(0);
    expect(emulator.stats().requests - before).toBeLessThanOrEqual(1);
  });

  it('a good sidecar gives each file its own alt text, tags and folder', async () => {
    const csv = join(dir, 'good.csv');
    await writeFile(
      csv,
      'file;alt;decorative;tags;folder\n' +
        'harbour.jpg;Boats in a harbour;;boats,dusk;/blog/harbour\n' +
        'lake.jpg;;yes;;\n' +
        'road.jpg;A desert road;;;\n',
    );
    const run = await cli([
      'upload',
      join(dir, 'shoot'),
      '--metadata',
      csv,
      '--folder',
      '/shoot',
      '--alt',
      'Fallback',
      '--json',
      '--state-dir',
      join(dir, 'state-good'),
    ]);
    expect(run.code).toBe(0);
    const files = emulator.files();
    const main = (name: string) =>
      files.find((f) => f.name.startsWith(name) && f.name.endsWith('.webp'));
    expect(main('harbour')).toMatchObject({
      description: 'Boats in a harbour',
      tags: ['boats', 'dusk'],
      filePath: expect.stringMatching(/^\/blog\/harbour\//),
    });
    expect(main('lake')?.description).toBeUndefined();
    expect(main('lake')?.filePath).toMatch(/^\/shoot\//);
    expect(main('road')?.description).toBe('A desert road');
  });
});

describe('a metadata.csv in a dropped folder', () => {
  let rig: ServiceRig;
  let picked: string[] = [];
  beforeAll(async () => {
    rig = await startRig({
      service: { platform: { ...HEADLESS_PLATFORM, pickPaths: async () => picked } },
    });
    await rig.connect();
  });
  afterAll(async () => rig.close());

  it('is reported before anything is added, then applied to the files that fit', async () => {
    const folder = join(dir, 'drop');
    await mkdir(folder);
    await writeFile(join(folder, 'pier.jpg'), await noisyJpeg(500, 300, 11));
    await writeFile(join(folder, 'dune.jpg'), await noisyJpeg(500, 300, 12));
    await writeFile(
      join(folder, 'metadata.csv'),
      'file,alt\npier.jpg,A wooden pier\nghost.jpg,x\n',
    );
    const report = await rig.service.checkSidecar([folder]);
    expect(report).toEqual({
      csv: join(folder, 'metadata.csv'),
      rows: 2,
      matched: 1,
      problems: [
        { kind: 'missing-file', row: 3, file: 'ghost.jpg' },
        { kind: 'no-row', file: 'dune.jpg', path: join(folder, 'dune.jpg') },
      ],
    });
    expect(await rig.jobs()).toHaveLength(0);
    await rig.service.addPaths([folder]);
    await rig.service.idle();
    const jobs = await rig.jobs();
    expect(jobs.find((j) => j.file.name === 'pier.jpg')?.alt).toEqual({ text: 'A wooden pier' });
    expect(jobs.find((j) => j.file.name === 'dune.jpg')?.alt).toBeUndefined();
    expect(await rig.service.checkSidecar([join(folder, 'pier.jpg')])).toBeNull();
  });

  it('a folder picked with Add folder… answers the report instead of adding', async () => {
    const folder = join(dir, 'picked');
    await mkdir(folder);
    await writeFile(join(folder, 'cliff.jpg'), await noisyJpeg(500, 300, 13));
    await writeFile(join(folder, 'metadata.csv'), 'file,decorative\ncliff.jpg,maybe\n');
    picked = [folder];
    const before = (await rig.jobs()).length;
    const result = await rig.service.pick('folder');
    expect(result.added).toEqual([]);
    expect(result.sidecar?.paths).toEqual([folder]);
    expect(result.sidecar?.report.problems).toEqual([
      {
        kind: 'refused',
        row: 2,
        file: 'cliff.jpg',
        column: 'decorative',
        message: strings.sidecar.decorative,
      },
    ]);
    expect(await rig.jobs()).toHaveLength(before);
  });
});
