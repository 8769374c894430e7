/** The account's custom metadata fields, read from the list API's answer. */
import {
  CUSTOM_FIELD_TYPES,
  type CustomField,
  type CustomFieldType,
  type CustomScalar,
  type CustomValue,
} from '../../../shared/custom-metadata';

const isScalar = (v: unknown): v is CustomScalar =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

function value(v: unknown): CustomValue | undefined {
  if (isScalar(v)) return v;
  if (Array.isArray(v) && v.every(isScalar)) return v;
  return undefined;
}

function limit(v: unknown): number | string | undefined {
  return typeof v === 'number' || typeof v === 'string' ? v : undefined;
}

/** One field, or null when the answer does not describe one this app can fill in. */
function fieldOf(raw: unknown): CustomField | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const schema = (r.schema ?? {}) as Record<string, unknown>;
  if (typeof r.name !== 'string' || r.name === '') return null;
  if (!CUSTOM_FIELD_TYPES.includes(schema.type as CustomFieldType)) return null;
  const defaultValue = value(schema.defaultValue);
  const minValue = limit(schema.minValue);
  const maxValue = limit(schema.maxValue);
  const options = Array.isArray(schema.selectOptions)
    ? schema.selectOptions.filter(isScalar)
    : undefined;
  return {
    name: r.name,
    label: typeof r.label === 'string' && r.label !== '' ? r.label : r.name,
    type: schema.type as CustomFieldType,
    required: schema.isValueRequired === true,
    ...(typeof schema.minLength === 'number' ? { minLength: schema.minLength } : {}),
    ...(typeof schema.maxLength === 'number' ? { maxLength: schema.maxLength } : {}),
    ...(minValue === undefined ? {} : { minValue }),
    ...(maxValue === undefined ? {} : { maxValue }),
    ...(options ? { options } : {}),
    ...(defaultValue === undefined ? {} : { defaultValue }),
    ...(typeof r.description === 'string' ? { description: r.description } : {}),
  };
}

/** The fields in a list answer, or a sentence for the log when it is not a list. */
export function fieldsFromList(body: unknown): CustomField[] | string {
  if (!Array.isArray(body)) return 'not a JSON array';
  return body.map(fieldOf).filter((f): f is CustomField => f !== null);
}
