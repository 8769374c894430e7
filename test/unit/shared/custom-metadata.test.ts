import { describe, expect, it } from 'vitest';
import {
  customValueProblem,
  customValuesProblems,
  givenValues,
  type CustomField,
} from '../../../src/shared/custom-metadata';
import { fieldsFromList } from '../../../src/main/core/imagekit/custom-fields';
import { parseDestination } from '../../../src/main/core/settings/destination-rules';
import { strings } from '../../../src/shared/strings';

const t = strings.customMetadata;
const FIELDS: CustomField[] = [
  { name: 'brand', label: 'Brand', type: 'Text', required: true, minLength: 2, maxLength: 10 },
  { name: 'price', label: 'Price', type: 'Number', required: false, minValue: 1, maxValue: 500 },
  { name: 'shot', label: 'Shot on', type: 'Date', required: false, minValue: '2020-01-01' },
  { name: 'hero', label: 'Hero image', type: 'Boolean', required: false },
  {
    name: 'season',
    label: 'Season',
    type: 'SingleSelect',
    required: false,
    options: ['spring', 'summer'],
  },
  {
    name: 'channels',
    label: 'Channels',
    type: 'MultiSelect',
    required: false,
    options: ['web', 'print', 3],
  },
  { name: 'notes', label: 'Notes', type: 'Textarea', required: true, defaultValue: 'none' },
];
const field = (name: string) => FIELDS.find((f) => f.name === name) as CustomField;

describe('custom metadata values', () => {
  it('takes values of the right type within the limits', () => {
    expect(
      customValuesProblems(FIELDS, {
        brand: 'Acme',
        price: 12.5,
        shot: '2026-12-03',
        hero: true,
        season: 'summer',
        channels: ['web', 3],
      }),
    ).toEqual([]);
  });

  it('refuses each kind of bad value with a sentence naming the field', () => {
    expect(customValueProblem(field('brand'), 'A')).toBe(t.tooShort('Brand', 2));
    expect(customValueProblem(field('brand'), 'A'.repeat(11))).toBe(t.tooLong('Brand', 10));
    expect(customValueProblem(field('brand'), 4)).toBe(t.notText('Brand'));
    expect(customValueProblem(field('price'), 0)).toBe(t.tooSmall('Price', 1));
    expect(customValueProblem(field('price'), 501)).toBe(t.tooLarge('Price', 500));
    expect(customValueProblem(field('price'), '12')).toBe(t.notNumber('Price'));
    expect(customValueProblem(field('price'), Number.NaN)).toBe(t.notNumber('Price'));
    expect(customValueProblem(field('shot'), 'yesterday')).toBe(t.notDate('Shot on'));
    expect(customValueProblem(field('shot'), '2019-12-31')).toBe(
      t.dateTooEarly('Shot on', '2020-01-01'),
    );
    expect(customValueProblem(field('hero'), 'yes')).toBe(t.notBoolean('Hero image'));
    expect(customValueProblem(field('season'), 'winter')).toBe(
      t.notOption('Season', ['spring', 'summer']),
    );
    expect(customValueProblem(field('season'), ['spring'])).toBe(t.oneValue('Season'));
    expect(customValueProblem(field('channels'), ['web', 'radio'])).toBe(
      t.notOption('Channels', ['web', 'print', '3']),
    );
  });

  it('says a required field is empty, unless ImageKit has a default for it; names an unknown field', () => {
    expect(customValuesProblems(FIELDS, { brand: '  ', nope: 1 })).toEqual([
      { name: 'nope', message: t.unknownField('nope') },
      { name: 'brand', message: t.required('Brand') },
    ]);
    expect(givenValues({ brand: 'Acme', notes: '', channels: [] })).toEqual({ brand: 'Acme' });
    // The form is strict: a required field emptied counts even with a default.
    expect(customValuesProblems(FIELDS, { brand: 'Acme', notes: '' }, true)).toEqual([
      { name: 'notes', message: t.required('Notes') },
    ]);
  });

  it('reads the fields from the list API, skipping what it cannot fill in', () => {
    const fields = fieldsFromList([
      {
        id: '1',
        name: 'price',
        label: 'Price',
        schema: {
          type: 'Number',
          minValue: 1,
          maxValue: 9,
          isValueRequired: true,
          defaultValue: 2,
        },
      },
      {
        id: '2',
        name: 'mood',
        label: '',
        schema: { type: 'SingleSelect', selectOptions: ['calm', 4, {}] },
      },
      { id: '3', name: 'odd', label: 'Odd', schema: { type: 'Geometry' } },
      'junk',
    ]);
    expect(fields).toEqual([
      {
        name: 'price',
        label: 'Price',
        type: 'Number',
        required: true,
        minValue: 1,
        maxValue: 9,
        defaultValue: 2,
      },
      { name: 'mood', label: 'mood', type: 'SingleSelect', required: false, options: ['calm', 4] },
    ]);
    expect(fieldsFromList({ not: 'a list' })).toBe('not a JSON array');
  });

  it('a batch destination carries values of plain types only', () => {
    expect(
      parseDestination({
        folder: '/a',
        tags: [],
        customMetadata: { brand: 'Acme', n: 2, l: ['x', true] },
      }),
    ).toEqual({
      folder: '/a',
      tags: [],
      customMetadata: { brand: 'Acme', n: 2, l: ['x', true] },
    });
    expect(parseDestination({ folder: '/a', tags: [], customMetadata: {} })).toEqual({
      folder: '/a',
      tags: [],
    });
    expect(() =>
      parseDestination({ folder: '/a', tags: [], customMetadata: { o: { x: 1 } } }),
    ).toThrow(strings.validation.customValue('o'));
    expect(() => parseDestination({ folder: '/a', tags: [], customMetadata: 'x' })).toThrow();
  });
});
