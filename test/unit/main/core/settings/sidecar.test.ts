import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../../src/shared/csv-read';
import { csvCell } from '../../../../../src/shared/csv';
import { planSidecar } from '../../../../../src/main/core/settings/sidecar';
import type { CustomField } from '../../../../../src/shared/custom-metadata';
import { strings } from '../../../../../src/shared/strings';

const FILES = ['a.jpg', 'b.jpg', 'c.jpg', 'd.jpg'].map((name) => ({
  path: `/shoot/${name}`,
  name,
}));
const FIELDS: CustomField[] = [
  { name: 'price', label: 'Price', type: 'Number', required: false, maxValue: 100 },
  {
    name: 'season',
    label: 'Season',
    type: 'SingleSelect',
    required: false,
    options: ['spring', 'summer'],
  },
  { name: 'brand', label: 'Brand', type: 'Text', required: true },
];

describe('reading CSV', () => {
  it('reads quoted cells, doubled quotes, line breaks in quotes, CRLF, a BOM and ; as separator', () => {
    expect(
      parseCsv('\uFEFFfile,alt\r\na.jpg,"A ""quoted"", two-line\nalt"\r\n\r\nb.jpg,\n'),
    ).toEqual([
      ['file', 'alt'],
      ['a.jpg', 'A "quoted", two-line\nalt'],
      ['b.jpg', ''],
    ]);
    expect(parseCsv('file;alt\na.jpg;x, y\n')).toEqual([
      ['file', 'alt'],
      ['a.jpg', 'x, y'],
    ]);
  });

  it('a formula is only ever its text, and the export guard reads back as it was', () => {
    const formula = '=HYPERLINK("http://example.invalid","x")';
    expect(parseCsv(`file,alt\na.jpg,${csvCell(formula)}\n`)[1]).toEqual(['a.jpg', formula]);
    expect(parseCsv('file,alt\na.jpg,@SUM(A1)\n')[1]).toEqual(['a.jpg', '@SUM(A1)']);
  });
});

describe('a metadata sidecar', () => {
  it('gives each file its row: alt text or the decorative mark, tags, folder, custom metadata', () => {
    const csv =
      'File,Alt,Decorative,Tags,Folder,price,season,brand\n' +
      'a.jpg,A harbour,,"boats, dusk",/blog/2026,12,spring,Acme\n' +
      'b.jpg,,yes,,,,,Acme\n' +
      'c.jpg,,,,,,,Acme\n' +
      'sub/d.jpg,D,,,,,,Acme\n';
    const plan = planSidecar(csv, FILES, FIELDS);
    expect(plan.problems).toEqual([]);
    expect(plan.rows).toBe(4);
    expect(plan.entries.get('/shoot/a.jpg')).toEqual({
      alt: { text: 'A harbour' },
      tags: ['boats', 'dusk'],
      folder: '/blog/2026',
      customMetadata: { price: 12, season: 'spring', brand: 'Acme' },
    });
    expect(plan.entries.get('/shoot/b.jpg')).toEqual({
      alt: { decorative: true },
      customMetadata: { brand: 'Acme' },
    });
    expect(plan.entries.get('/shoot/d.jpg')?.alt).toEqual({ text: 'D' });
  });

  it('lists every kind of problem at once', () => {
    const csv =
      'file,alt,decorative,folder,price,season,brand,mood\n' +
      'a.jpg,A,,,500,winter,Acme,\n' +
      'a.jpg,again,,,,,Acme,\n' +
      'gone.jpg,,,,,,Acme,\n' +
      'b.jpg,,perhaps,/x/../y,,,,\n' +
      'c.jpg,,,,,,Acme,\n';
    const plan = planSidecar(csv, FILES, FIELDS);
    const t = strings.customMetadata;
    expect(plan.problems).toEqual([
      { kind: 'refused', row: 1, file: '', column: 'mood', message: t.unknownField('mood') },
      {
        kind: 'refused',
        row: 2,
        file: 'a.jpg',
        column: 'price',
        message: t.tooLarge('Price', 100),
      },
      {
        kind: 'refused',
        row: 2,
        file: 'a.jpg',
        column: 'season',
        message: t.notOption('Season', ['spring', 'summer']),
      },
      { kind: 'duplicate', row: 3, file: 'a.jpg', firstRow: 2 },
      { kind: 'missing-file', row: 4, file: 'gone.jpg' },
      {
        kind: 'refused',
        row: 5,
        file: 'b.jpg',
        column: 'decorative',
        message: strings.sidecar.decorative,
      },
      {
        kind: 'refused',
        row: 5,
        file: 'b.jpg',
        column: 'folder',
        message: strings.validation.folderPart('/x/../y', '..'),
      },
      { kind: 'refused', row: 5, file: 'b.jpg', column: 'brand', message: t.required('Brand') },
      { kind: 'no-row', file: 'd.jpg', path: '/shoot/d.jpg' },
    ]);
    // What fits still applies: a.jpg keeps its alt text and brand, without the refused values.
    expect(plan.entries.get('/shoot/a.jpg')).toEqual({
      alt: { text: 'A' },
      customMetadata: { brand: 'Acme' },
    });
  });

  it('without the fields (no private key), custom values go as text, unchecked; no file column is unreadable', () => {
    const plan = planSidecar('file,price\na.jpg,12\n', FILES.slice(0, 1), null);
    expect(plan.entries.get('/shoot/a.jpg')).toEqual({ customMetadata: { price: '12' } });
    expect(planSidecar('name,alt\na.jpg,x\n', FILES, null).problems).toEqual([
      { kind: 'unreadable', message: strings.sidecar.noFileColumn },
    ]);
  });
});
