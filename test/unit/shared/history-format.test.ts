import { describe, expect, it } from 'vitest';
import { formatHistory } from '../../../src/shared/history-format';
import type { HistoryEntry } from '../../../src/shared/history';

const e: HistoryEntry = {
  id: 7,
  source: '/photos/Beach "Day", 2.jpg',
  name: 'Beach "Day", 2.jpg',
  sha256: 'ab'.repeat(32),
  presetsHash: 'p',
  origin: 'https://upload.imagekit.io',
  folder: '/blog',
  uploadedAt: Date.UTC(2026, 10, 25, 12, 0, 0),
  main: {
    url: 'https://ik.imagekit.io/demo/blog/beach-day-abababab.webp',
    fileId: 'm',
    filePath: '/blog/beach-day-abababab.webp',
    width: 800,
    height: 533,
    bytes: 123_456,
  },
  thumb: {
    url: 'https://ik.imagekit.io/demo/blog/beach-day-abababab.thumb.png',
    fileId: 't',
    filePath: '/blog/beach-day-abababab.thumb.png',
    width: 50,
    height: 33,
    bytes: 4_000,
  },
};

describe('formatHistory', () => {
  it('json: one object per line with the documented fields', () => {
    const lines = formatHistory([e, e], 'json').split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0] as string)).toEqual({
      source: e.source,
      name: e.name,
      sha256: e.sha256,
      folder: '/blog',
      uploadedAt: '2026-11-25T12:00:00.000Z',
      main: { url: e.main.url, width: 800, height: 533, bytes: 123_456 },
      thumb: { url: e.thumb.url, width: 50, height: 33, bytes: 4_000 },
    });
  });

  it('csv: a header, then one quoted row per upload', () => {
    const [header, row] = formatHistory([e], 'csv').split('\n');
    expect(header).toBe(
      'source,name,sha256,folder,uploadedAt,main_url,main_width,main_height,main_bytes,thumb_url,thumb_width,thumb_height,thumb_bytes',
    );
    expect(row).toBe(
      `"/photos/Beach ""Day"", 2.jpg","Beach ""Day"", 2.jpg",${e.sha256},/blog,2026-11-25T12:00:00.000Z,${e.main.url},800,533,123456,${e.thumb.url},50,33,4000`,
    );
    expect(formatHistory([], 'csv').split('\n')).toHaveLength(1);
    const formula = formatHistory([{ ...e, name: '=HYPERLINK("x")' }], 'csv').split('\n')[1];
    expect(formula).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('markdown, html and url: one line per upload, escaped', () => {
    expect(formatHistory([e], 'markdown')).toBe(`![Beach "Day", 2.jpg](${e.main.url})`);
    expect(formatHistory([{ ...e, name: 'a [b].jpg' }], 'markdown')).toBe(
      `![a \\[b\\].jpg](${e.main.url})`,
    );
    expect(formatHistory([e], 'html')).toBe(
      `<img src="${e.main.url}" width="800" height="533" alt="Beach &quot;Day&quot;, 2.jpg">`,
    );
    expect(formatHistory([e, e], 'url')).toBe(`${e.main.url}\n${e.main.url}`);
  });
});
