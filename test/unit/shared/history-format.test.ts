import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../src/shared/history';
import {
  csvCell,
  formatHistory,
  HISTORY_CSV_COLUMNS,
  historyManifest,
} from '../../../src/shared/history-format';

const entry = (over: Partial<HistoryEntry> = {}): HistoryEntry => ({
  id: 7,
  source: '/photos/harbour.jpg',
  name: 'harbour.jpg',
  sha256: 'ab'.repeat(32),
  presetsHash: 'p1',
  origin: 'https://upload.imagekit.io',
  folder: '/blog',
  uploadedAt: Date.UTC(2026, 10, 20, 9, 30),
  main: {
    url: 'https://ik.imagekit.io/demo/blog/harbour.webp',
    fileId: 'f1',
    filePath: '/blog/harbour.webp',
    width: 800,
    height: 533,
    bytes: 81234,
  },
  thumb: {
    url: 'https://ik.imagekit.io/demo/blog/harbour-thumb.png',
    fileId: 'f2',
    filePath: '/blog/harbour-thumb.png',
    width: 50,
    height: 33,
    bytes: 2100,
  },
  ...over,
});

const second = entry({
  id: 8,
  name: 'lake.jpg',
  main: { ...entry().main, url: 'https://ik.imagekit.io/demo/blog/lake.webp' },
});

describe('history text formats', () => {
  it('url: the main link, one per line', () => {
    expect(formatHistory([entry(), second], 'url')).toBe(
      'https://ik.imagekit.io/demo/blog/harbour.webp\nhttps://ik.imagekit.io/demo/blog/lake.webp',
    );
    expect(formatHistory([], 'url')).toBe('');
  });

  it('markdown: an image link per upload, with brackets and spaces made safe', () => {
    expect(formatHistory([entry()], 'markdown')).toBe(
      '![harbour.jpg](https://ik.imagekit.io/demo/blog/harbour.webp)',
    );
    const odd = entry({
      name: 'a [draft] \\ b.jpg',
      main: { ...entry().main, url: 'https://x.io/a (1).webp' },
    });
    expect(formatHistory([odd], 'markdown')).toBe(
      '![a \\[draft\\] \\\\ b.jpg](https://x.io/a%20%281%29.webp)',
    );
  });

  it('html: an <img> with width, height and alt, attributes escaped', () => {
    expect(formatHistory([entry()], 'html')).toBe(
      '<img src="https://ik.imagekit.io/demo/blog/harbour.webp" width="800" height="533" alt="harbour.jpg">',
    );
    const odd = entry({
      name: '"><script>alert(1)</script>&\'.jpg',
      main: { ...entry().main, url: 'https://x.io/a.webp?x="1"&y=2' },
    });
    const html = formatHistory([odd], 'html');
    expect(html).toBe(
      '<img src="https://x.io/a.webp?x=&quot;1&quot;&amp;y=2" width="800" height="533" ' +
        'alt="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;&#39;.jpg">',
    );
    expect(html).not.toContain('<script');
  });

  it('json: one object per line with the documented fields and an ISO time', () => {
    const lines = formatHistory([entry(), second], 'json').split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0] as string)).toEqual({
      source: '/photos/harbour.jpg',
      name: 'harbour.jpg',
      sha256: 'ab'.repeat(32),
      folder: '/blog',
      uploadedAt: '2026-11-20T09:30:00.000Z',
      main: {
        url: 'https://ik.imagekit.io/demo/blog/harbour.webp',
        width: 800,
        height: 533,
        bytes: 81234,
      },
      thumb: {
        url: 'https://ik.imagekit.io/demo/blog/harbour-thumb.png',
        width: 50,
        height: 33,
        bytes: 2100,
      },
      // Ready for a CMS import: the responsive srcset at the default widths (400 and 800).
      srcset:
        'https://ik.imagekit.io/demo/blog/harbour.webp?tr=w-400 400w, ' +
        'https://ik.imagekit.io/demo/blog/harbour.webp 800w',
      alt: null,
      decorative: false,
      customMetadata: {},
    });
    expect(JSON.parse(lines[1] as string).name).toBe('lake.jpg');
  });

  it('responsive: an <img> with srcset at the given widths, never wider than the stored image', () => {
    const wide = entry({ name: 'a "quoted" <name>.jpg' });
    expect(formatHistory([wide], 'responsive', [320, 640, 1200])).toBe(
      '<img src="https://ik.imagekit.io/demo/blog/harbour.webp" ' +
        'srcset="https://ik.imagekit.io/demo/blog/harbour.webp?tr=w-320 320w, ' +
        'https://ik.imagekit.io/demo/blog/harbour.webp?tr=w-640 640w, ' +
        'https://ik.imagekit.io/demo/blog/harbour.webp 800w" ' +
        'sizes="(max-width: 800px) 100vw, 800px" width="800" height="533" ' +
        'alt="a &quot;quoted&quot; &lt;name&gt;.jpg" loading="lazy" decoding="async">',
    );
    // A small image lists only itself.
    const small = entry({ main: { ...entry().main, width: 300, height: 200 } });
    expect(formatHistory([small], 'responsive')).toContain(
      'srcset="https://ik.imagekit.io/demo/blog/harbour.webp 300w"',
    );
    const manifest = JSON.parse(historyManifest([entry()], [200])) as { srcset: string }[];
    expect(manifest[0]?.srcset).toBe(
      'https://ik.imagekit.io/demo/blog/harbour.webp?tr=w-200 200w, ' +
        'https://ik.imagekit.io/demo/blog/harbour.webp 800w',
    );
  });

  it('HTML and Markdown use the alt text, an empty alt when decorative, the file name otherwise', () => {
    const described = entry({ alt: { text: 'A "harbour" [at] dusk' } });
    const decorative = entry({ alt: { decorative: true } });
    expect(formatHistory([described, decorative, entry()], 'html').split('\n')).toEqual([
      expect.stringContaining('alt="A &quot;harbour&quot; [at] dusk">'),
      expect.stringContaining('alt="">'),
      expect.stringContaining('alt="harbour.jpg">'),
    ]);
    expect(formatHistory([described, decorative], 'markdown').split('\n')).toEqual([
      '![A &quot;harbour&quot; \\[at\\] dusk](https://ik.imagekit.io/demo/blog/harbour.webp)',
      '![](https://ik.imagekit.io/demo/blog/harbour.webp)',
    ]);
    const json = JSON.parse(formatHistory([described], 'json')) as Record<string, unknown>;
    expect(json).toMatchObject({ alt: 'A "harbour" [at] dusk', decorative: false });
    expect(JSON.parse(formatHistory([decorative], 'json'))).toMatchObject({
      alt: null,
      decorative: true,
    });
    expect(formatHistory([described], 'responsive')).toContain('alt="A &quot;harbour&quot;');
  });

  it('csv: a header row, then one row per upload, CRLF line ends', () => {
    const csv = formatHistory([entry(), second], 'csv');
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe(HISTORY_CSV_COLUMNS.join(','));
    expect(rows[1]).toBe(
      'harbour.jpg,/photos/harbour.jpg,/blog,2026-11-20T09:30:00.000Z,' +
        `${'ab'.repeat(32)},https://ik.imagekit.io/demo/blog/harbour.webp,800,533,81234,` +
        'https://ik.imagekit.io/demo/blog/harbour-thumb.png,50,33,2100,,,',
    );
    expect(rows[2]?.startsWith('lake.jpg,')).toBe(true);
    // Alt text and the decorative mark are the last two columns.
    const described = formatHistory(
      [entry({ alt: { text: '=A harbour, at dusk' } }), entry({ alt: { decorative: true } })],
      'csv',
    ).split('\r\n');
    expect(described[1]?.endsWith(`,2100,"'=A harbour, at dusk",,`)).toBe(true);
    expect(described[2]?.endsWith(',2100,,yes,')).toBe(true);
    // Custom metadata is one cell of JSON, quoted as CSV asks.
    const tagged = formatHistory([entry({ customMetadata: { brand: 'Acme', price: 12 } })], 'csv');
    expect(tagged.split('\r\n')[1]?.endsWith(',,,"{""brand"":""Acme"",""price"":12}"')).toBe(true);
    expect(
      JSON.parse(formatHistory([entry({ customMetadata: { brand: 'Acme' } })], 'json')),
    ).toMatchObject({
      customMetadata: { brand: 'Acme' },
    });
    expect(rows[3]).toBe('');
    expect(formatHistory([], 'csv')).toBe(`${HISTORY_CSV_COLUMNS.join(',')}\r\n`);
  });

  it('csv: quotes commas, quotes and newlines (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(800)).toBe('800');
    const row = formatHistory([entry({ name: 'a, "b".jpg' })], 'csv').split('\r\n')[1];
    expect(row?.startsWith('"a, ""b"".jpg",')).toBe(true);
  });

  it('csv: cells a spreadsheet would run as a formula start with an apostrophe', () => {
    for (const bad of ['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\tcmd']) {
      expect(csvCell(bad).replace(/^"/, '')).toMatch(/^'/);
    }
    expect(csvCell('=1+1,2')).toBe('"\'=1+1,2"');
    const row = formatHistory([entry({ name: '=cmd|calc.jpg' })], 'csv').split('\r\n')[1];
    expect(row?.startsWith("'=cmd|calc.jpg,")).toBe(true);
  });

  it('csv: quotes a cell holding ; as well, so a locale that separates with ; reads one cell', () => {
    // In German or French spreadsheets ; separates cells: unquoted, "=1+1" would be a cell of its own.
    expect(csvCell('a;=1+1;.png')).toBe('"a;=1+1;.png"');
    const row = formatHistory([entry({ name: 'a;=1+1;.png' })], 'csv').split('\r\n')[1];
    expect(row?.startsWith('"a;=1+1;.png",')).toBe(true);
    expect(csvCell('tab\there')).toBe('"tab\there"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });

  it('csv: the formula guard looks past spaces, NBSP, zero-width and control characters and full-width forms', () => {
    const hidden = [
      ' =1+1',
      '   @SUM(A1)',
      '\n=1+1',
      '\u00a0=1+1',
      '\u200b=1+1',
      '\ufeff+1',
      '\u2060-1',
      '\u0001=1',
      '\u202e=1',
      '\uff1d1+1', // full-width =
      '\uff0b1', // full-width +
      '\uff0d1', // full-width -
      '\uff201', // full-width @
      ' \t1',
      '\u00a0\r1',
    ];
    for (const bad of hidden) {
      expect(csvCell(bad).replace(/^"/, ''), JSON.stringify(bad)).toMatch(/^'/);
    }
    // Text that only contains those characters later is left as it is.
    for (const fine of ['a=1', 'name @ home', '1-2', 'x\u00a0=1']) {
      expect(csvCell(fine)).toBe(fine);
    }
  });

  it('markdown: <, > and " in alt text are escaped, so no renderer takes them for HTML', () => {
    const odd = entry({ name: 'a<img src=x onerror=alert(1)>"&b.jpg' });
    expect(formatHistory([odd], 'markdown')).toBe(
      '![a&lt;img src=x onerror=alert(1)&gt;&quot;&amp;b.jpg](https://ik.imagekit.io/demo/blog/harbour.webp)',
    );
  });

  it('a JSON manifest file is an array of the same objects', () => {
    const parsed = JSON.parse(historyManifest([entry(), second])) as Array<{ name: string }>;
    expect(parsed.map((p) => p.name)).toEqual(['harbour.jpg', 'lake.jpg']);
    expect(parsed[0]).toEqual(JSON.parse(formatHistory([entry()], 'json')));
  });
});
