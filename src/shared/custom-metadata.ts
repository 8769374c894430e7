/**
 * Custom metadata: the fields an ImageKit account defines (name, label, type, limits, options),
 * and the check every value meets before anything is sent, in the page and again in main.
 */
import { strings } from './strings';

export type CustomFieldType =
  'Text' | 'Textarea' | 'Number' | 'Date' | 'Boolean' | 'SingleSelect' | 'MultiSelect';

export const CUSTOM_FIELD_TYPES: readonly CustomFieldType[] = [
  'Text',
  'Textarea',
  'Number',
  'Date',
  'Boolean',
  'SingleSelect',
  'MultiSelect',
];

export type CustomScalar = string | number | boolean;
export type CustomValue = CustomScalar | readonly CustomScalar[];
/** Values by field name, as they go to ImageKit in `customMetadata`. */
export type CustomValues = Readonly<Record<string, CustomValue>>;

/** One field the account defines. */
export interface CustomField {
  /** The key in `customMetadata`. */
  readonly name: string;
  /** What people read. */
  readonly label: string;
  readonly type: CustomFieldType;
  readonly required: boolean;
  readonly minLength?: number;
  readonly maxLength?: number;
  /** A number, or for a Date an ISO 8601 date. */
  readonly minValue?: number | string;
  readonly maxValue?: number | string;
  /** The choices of a SingleSelect or MultiSelect. */
  readonly options?: readonly CustomScalar[];
  readonly defaultValue?: CustomValue;
  readonly description?: string;
}

/** The account's fields as the page gets them, or why they cannot be read now. */
export type CustomFieldsView =
  | { readonly state: 'ready'; readonly fields: readonly CustomField[] }
  | { readonly state: 'unavailable'; readonly message: string };

/** A value a field refuses, with the sentence that says why. */
export interface CustomValueProblem {
  readonly name: string;
  readonly message: string;
}

const t = strings.customMetadata;

function timeOf(value: number | string): number {
  return typeof value === 'number' ? value : Date.parse(value);
}

function scalarProblem(field: CustomField, value: CustomScalar): string | null {
  const { label } = field;
  switch (field.type) {
    case 'Text':
    case 'Textarea': {
      if (typeof value !== 'string') return t.notText(label);
      if (field.minLength !== undefined && value.length < field.minLength)
        return t.tooShort(label, field.minLength);
      if (field.maxLength !== undefined && value.length > field.maxLength)
        return t.tooLong(label, field.maxLength);
      return null;
    }
    case 'Number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return t.notNumber(label);
      if (typeof field.minValue === 'number' && value < field.minValue)
        return t.tooSmall(label, field.minValue);
      if (typeof field.maxValue === 'number' && value > field.maxValue)
        return t.tooLarge(label, field.maxValue);
      return null;
    }
    case 'Date': {
      if (
        typeof value !== 'string' ||
        !/^\d{4}-\d{2}-\d{2}/.test(value) ||
        !Number.isFinite(Date.parse(value))
      )
        return t.notDate(label);
      if (field.minValue !== undefined && Date.parse(value) < timeOf(field.minValue))
        return t.dateTooEarly(label, String(field.minValue).slice(0, 10));
      if (field.maxValue !== undefined && Date.parse(value) > timeOf(field.maxValue))
        return t.dateTooLate(label, String(field.maxValue).slice(0, 10));
      return null;
    }
    case 'Boolean':
      return typeof value === 'boolean' ? null : t.notBoolean(label);
    case 'SingleSelect':
    case 'MultiSelect':
      return (field.options ?? []).includes(value)
        ? null
        : t.notOption(label, (field.options ?? []).map(String));
  }
}

/** Why `field` refuses `value`, or null when it takes it. */
export function customValueProblem(field: CustomField, value: CustomValue): string | null {
  if (Array.isArray(value)) {
    if (field.type !== 'MultiSelect') return t.oneValue(field.label);
    for (const v of value as readonly CustomScalar[]) {
      const problem = scalarProblem(field, v);
      if (problem) return problem;
    }
    return null;
  }
  return scalarProblem(field, value as CustomScalar);
}

/** Whether a value counts as given (an empty text or an empty choice does not). */
export function isGiven(value: CustomValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/**
 * Every problem with `values` for these fields: a name no field has, a value a field refuses,
 * and a required field with no value. ImageKit fills a required field left out with its default,
 * so that counts only when `strict` (the form, where the default was shown and then cleared).
 */
export function customValuesProblems(
  fields: readonly CustomField[],
  values: CustomValues,
  strict = false,
): CustomValueProblem[] {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const problems: CustomValueProblem[] = [];
  for (const [name, value] of Object.entries(values)) {
    const field = byName.get(name);
    if (!field) problems.push({ name, message: t.unknownField(name) });
    else if (isGiven(value)) {
      const message = customValueProblem(field, value);
      if (message) problems.push({ name, message });
    }
  }
  for (const field of fields) {
    const defaulted = !strict && field.defaultValue !== undefined;
    if (field.required && !defaulted && !isGiven(values[field.name]))
      problems.push({ name: field.name, message: t.required(field.label) });
  }
  // In the order of the form (names no field has first), so the first is the topmost one.
  const order = new Map(fields.map((f, i) => [f.name, i]));
  return problems.sort((a, b) => (order.get(a.name) ?? -1) - (order.get(b.name) ?? -1));
}

/** The values that were given (empty texts and choices left out), ready to send. */
export function givenValues(values: CustomValues): CustomValues {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => isGiven(v)));
}
