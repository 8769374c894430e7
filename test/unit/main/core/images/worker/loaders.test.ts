import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { heifEncAvailable } from '../../../../../support/heic';

const PROBE = fileURLToPath(new URL('./loader-probe.ts', import.meta.url));

describe('libvips loaders in the image worker', () => {
  it('decodes every accepted format and refuses every other loader', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', PROBE], { encoding: 'utf8' });
    const report = JSON.parse(out.trim().split('\n').at(-1) as string) as {
      before: Record<string, string>;
      after: Record<string, string>;
      concurrency: number;
    };
    // Without the block, libvips opens its own native format and any path it is given.
    expect(report.before).toEqual({ vipsFile: 'ok vips', pngFile: 'ok png' });
    expect(report.after.vipsFile).toBe('refused');
    expect(report.after.pngFile).toBe('refused');
    const formats = ['jpeg', 'png', 'webp', 'gif', 'avif', 'tiff', 'svg'];
    // HEIC fixtures need heif-enc (see test/support/heic.ts).
    if (heifEncAvailable) formats.push('heic');
    for (const format of formats) {
      expect(report.after[format], format).toBe('ok 40x30');
    }
    expect(report.concurrency).toBe(1);
  });
});
