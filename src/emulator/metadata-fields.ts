/**
 * The account's custom metadata fields (GET/POST /v1/customMetadataFields), and the check every
 * `customMetadata` value meets on upload and on update file details.
 */
import { randomBytes } from 'node:crypto';
import { CUSTOM_FIELD_TYPES, type CustomFieldType } from '../shared/custom-metadata';
import { ApiError } from './http-reply';

/** The field types ImageKit documents, as the app knows them too. */
export type FieldType = CustomFieldType;
const TYPES = CUSTOM_FIELD_TYPES;

type Scalar = string | number | boolean;

/** A field as the API shows it: `{id, name, label, schema}`. */
export interface FieldRecord {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly schema: {
    readonly type: FieldType;
    readonly isValueRequired?: boolean;
    readonly defaultValue?: Scalar | readonly Scalar[];
    readonly minValue?: number | string;
    readonly maxValue?: number | string;
    readonly minLength?: number;
    readonly maxLength?: number;
    readonly selectOptions?: readonly Scalar[];
  };
}

/** ImageKit's answer to a second field with a name already taken (imagekit-react#115). */
export const FIELD_EXISTS = 'A custom metadata field with this name already exists';

const isScalar = (v: unknown): v is Scalar =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

function invalid(rule: string): ApiError {
  return new ApiError(400, `Your request contains invalid schema parameter. ${rule}`);
}

function bound(value: unknown, type: FieldType, name: string): number | string | undefined {
  if (value === undefined) return undefined;
  if (type === 'Number' && typeof value === 'number' && Number.isFinite(value)) return value;
  if (type === 'Date' && typeof value === 'string' && !Number.isNaN(Date.parse(value))) {
    return value;
  }
  throw invalid(`${name} applies to Number (a number) and Date (an ISO 8601 date) fields only.`);
}

function length(value: unknown, type: FieldType, name: string): number | undefined {
  if (value === undefined) return undefined;
  if ((type === 'Text' || type === 'Textarea') && Number.isInteger(value) && Number(value) >= 0) {
    return value as number;
  }
  throw invalid(`${name} applies to Text and Textarea fields only, as a whole number.`);
}

/** Reads a create request's body into a field; throws the 400 ImageKit would send. */
export function fieldFromBody(body: Record<string, unknown>): Omit<FieldRecord, 'id'> {
  const { name, label, schema } = body;
  if (typeof name !== 'string' || !/^[A-Za-z0-9_-]{1,100}$/.test(name)) {
    throw new ApiError(
      400,
      'Your request contains invalid name parameter. Use 1-100 letters, digits, _ or -.',
    );
  }
  if (typeof label !== 'string' || label.trim() === '' || label.length > 100) {
    throw new ApiError(
      400,
      'Your request contains invalid label parameter. Send 1-100 characters.',
    );
  }
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) {
    throw invalid('Send an object with a type.');
  }
  const s = schema as Record<string, unknown>;
  const type = s.type as FieldType;
  if (!TYPES.includes(type)) throw invalid(`type must be one of ${TYPES.join(', ')}.`);
  const select = type === 'SingleSelect' || type === 'MultiSelect';
  const options = s.selectOptions;
  if (select !== (options !== undefined)) {
    throw invalid('selectOptions is required for SingleSelect and MultiSelect, and only there.');
  }
  if (select && (!Array.isArray(options) || options.length === 0 || !options.every(isScalar))) {
    throw invalid('selectOptions must be a non-empty array of strings, numbers or booleans.');
  }
  const out: FieldRecord['schema'] = {
    type,
    ...(s.isValueRequired === undefined ? {} : { isValueRequired: s.isValueRequired === true }),
    ...optional('minValue', bound(s.minValue, type, 'minValue')),
    ...optional('maxValue', bound(s.maxValue, type, 'maxValue')),
    ...optional('minLength', length(s.minLength, type, 'minLength')),
    ...optional('maxLength', length(s.maxLength, type, 'maxLength')),
    ...(select ? { selectOptions: options as Scalar[] } : {}),
  };
  const field = { name, label, schema: out };
  if (s.defaultValue !== undefined) {
    checkValue(field, s.defaultValue, 'defaultValue');
    return { ...field, schema: { ...out, defaultValue: s.defaultValue as Scalar } };
  }
  if (out.isValueRequired) throw invalid('A required field needs a defaultValue.');
  return field;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function refuse(what: string, rule: string): never {
  throw new ApiError(
    400,
    `Your request contains invalid customMetadata parameter. ${what} ${rule}`,
  );
}

/** Throws a 400 when `value` does not fit the field's type and limits. */
function checkValue(field: Omit<FieldRecord, 'id'>, value: unknown, what?: string): void {
  const s = field.schema;
  const named = what ?? `The value of "${field.name}"`;
  const inRange = (n: number, min: number | undefined, max: number | undefined): boolean =>
    (min === undefined || n >= min) && (max === undefined || n <= max);
  switch (s.type) {
    case 'Text':
    case 'Textarea':
      if (typeof value !== 'string') refuse(named, 'must be a string.');
      if (!inRange(value.length, s.minLength, s.maxLength)) {
        refuse(named, `must have ${s.minLength ?? 0}-${s.maxLength ?? '∞'} characters.`);
      }
      return;
    case 'Number':
      if (typeof value !== 'number' || !Number.isFinite(value)) refuse(named, 'must be a number.');
      if (!inRange(value, s.minValue as number, s.maxValue as number)) {
        refuse(named, `must be from ${s.minValue ?? '-∞'} to ${s.maxValue ?? '∞'}.`);
      }
      return;
    case 'Date': {
      const time = typeof value === 'string' ? Date.parse(value) : NaN;
      if (Number.isNaN(time)) refuse(named, 'must be an ISO 8601 date.');
      const min = s.minValue === undefined ? undefined : Date.parse(String(s.minValue));
      const max = s.maxValue === undefined ? undefined : Date.parse(String(s.maxValue));
      if (!inRange(time, min, max)) refuse(named, 'is outside the dates the field allows.');
      return;
    }
    case 'Boolean':
      if (typeof value !== 'boolean') refuse(named, 'must be true or false.');
      return;
    case 'SingleSelect':
      if (!isScalar(value) || !s.selectOptions?.includes(value)) {
        refuse(named, "must be one of the field's selectOptions.");
      }
      return;
    case 'MultiSelect':
      if (!Array.isArray(value) || !value.every((v) => s.selectOptions?.includes(v as Scalar))) {
        refuse(named, "must be an array of the field's selectOptions.");
      }
      return;
  }
}

/** The fields of the account, in the order they were made. */
export class MetadataFields {
  private readonly fields: FieldRecord[];

  constructor(saved: readonly FieldRecord[]) {
    this.fields = [...saved];
  }

  all(): readonly FieldRecord[] {
    return [...this.fields];
  }

  /** Adds a field; a name already taken is refused as ImageKit refuses it. */
  create(body: Record<string, unknown>): FieldRecord {
    const field = fieldFromBody(body);
    if (this.fields.some((f) => f.name === field.name)) throw new ApiError(400, FIELD_EXISTS);
    const record = { id: randomBytes(12).toString('hex'), ...field };
    this.fields.push(record);
    return record;
  }

  /**
   * Checks values sent with an upload (`complete`: required fields left out take their default)
   * or an update (null unsets a key). Answers the values to keep.
   */
  check(
    values: Readonly<Record<string, unknown>> | undefined,
    complete: boolean,
  ): Record<string, unknown> | undefined {
    if (values === undefined && !complete) return undefined;
    const out: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(values ?? {})) {
      const field = this.fields.find((f) => f.name === name);
      if (!field) refuse(`"${name}"`, 'is not a custom metadata field of this account.');
      if (value === null && !complete) {
        out[name] = null;
        continue;
      }
      checkValue(field, value);
      out[name] = value;
    }
    if (complete) {
      for (const field of this.fields) {
        const fallback = field.schema.defaultValue;
        if (field.schema.isValueRequired && !(field.name in out) && fallback !== undefined) {
          out[field.name] = fallback;
        }
      }
    }
    return values === undefined && Object.keys(out).length === 0 ? undefined : out;
  }
}
