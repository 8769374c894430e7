import type { CustomField, CustomScalar, CustomValue } from '../../../../shared/custom-metadata';
import { Checkbox } from '../../components/Checkbox';
import { strings } from '../../../../shared/strings';

const t = strings.customMetadata;

/** What each field's control holds: text as typed, or a yes/no, or the ticked choices. */
export type FormValues = Readonly<Record<string, string | boolean | readonly CustomScalar[]>>;

/** The form's first values: each field's default, as its control shows it. */
export function initialValues(fields: readonly CustomField[]): FormValues {
  const out: Record<string, string | boolean | readonly CustomScalar[]> = {};
  for (const f of fields) {
    const d = f.defaultValue;
    if (d === undefined) continue;
    out[f.name] =
      f.type === 'MultiSelect'
        ? Array.isArray(d)
          ? d
          : [d as CustomScalar]
        : typeof d === 'boolean'
          ? d
          : String(d);
  }
  return out;
}

/** The values as they go to ImageKit: numbers as numbers, a select's choice as its option. */
export function formToValues(
  fields: readonly CustomField[],
  form: FormValues,
): Record<string, CustomValue> {
  const out: Record<string, CustomValue> = {};
  for (const f of fields) {
    const v = form[f.name];
    if (v === undefined) continue;
    if (f.type === 'Number' && typeof v === 'string') {
      if (v.trim() !== '') out[f.name] = Number(v);
    } else if (f.type === 'SingleSelect' && typeof v === 'string') {
      const option = (f.options ?? []).find((o) => String(o) === v);
      if (option !== undefined) out[f.name] = option;
    } else if (typeof v === 'string') {
      if (v.trim() !== '') out[f.name] = v.trim();
    } else out[f.name] = v;
  }
  return out;
}

interface ControlProps {
  readonly field: CustomField;
  readonly value: string | boolean | readonly CustomScalar[] | undefined;
  readonly problem: string | undefined;
  readonly onChange: (value: string | boolean | readonly CustomScalar[]) => void;
}

function Control({ field, value, problem, onChange }: ControlProps) {
  const id = `custom-${field.name}`;
  const common = {
    id,
    'aria-invalid': problem !== undefined,
    'aria-required': field.required,
    ...(problem ? { 'aria-describedby': `${id}-problem` } : {}),
  };
  const text = typeof value === 'string' ? value : '';
  switch (field.type) {
    case 'Textarea':
      return (
        <textarea {...common} rows={2} value={text} onChange={(e) => onChange(e.target.value)} />
      );
    case 'Number':
      return (
        <input
          {...common}
          type="number"
          inputMode="decimal"
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case 'Date':
      return (
        <input
          {...common}
          type="date"
          value={text.slice(0, 10)}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case 'SingleSelect':
      return (
        <select {...common} value={text} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t.choose}</option>
          {(field.options ?? []).map((o) => (
            <option key={String(o)} value={String(o)}>
              {String(o)}
            </option>
          ))}
        </select>
      );
    default:
      return <input {...common} value={text} onChange={(e) => onChange(e.target.value)} />;
  }
}

/** One field: a checkbox for yes/no, a group of checkboxes for several choices, else a box. */
function FieldRow({ field, value, problem, onChange }: ControlProps) {
  const id = `custom-${field.name}`;
  const label = `${field.label}${field.required ? ' *' : ''}`;
  const problemLine = problem && (
    <span className="field-problem" id={`${id}-problem`} role="alert">
      {problem}
    </span>
  );
  if (field.type === 'Boolean') {
    return (
      <div className="destination-field">
        <Checkbox checked={value === true} onChange={onChange}>
          {label}
        </Checkbox>
        {problemLine}
      </div>
    );
  }
  if (field.type === 'MultiSelect') {
    const ticked = Array.isArray(value) ? (value as readonly CustomScalar[]) : [];
    return (
      <fieldset className="destination-field custom-choices" aria-invalid={problem !== undefined}>
        <legend>{label}</legend>
        {(field.options ?? []).map((o) => (
          <Checkbox
            key={String(o)}
            checked={ticked.includes(o)}
            onChange={(on) => onChange(on ? [...ticked, o] : ticked.filter((x) => x !== o))}
          >
            {String(o)}
          </Checkbox>
        ))}
        {problemLine}
      </fieldset>
    );
  }
  return (
    <div className="destination-field">
      <label htmlFor={id}>{label}</label>
      <Control field={field} value={value} problem={problem} onChange={onChange} />
      {field.description && <span className="hint">{field.description}</span>}
      {problemLine}
    </div>
  );
}

/** The batch's custom metadata: one control per field the account defines. */
export function CustomFieldsForm({
  fields,
  values,
  problems,
  onChange,
}: {
  fields: readonly CustomField[];
  values: FormValues;
  problems: ReadonlyMap<string, string>;
  onChange: (name: string, value: string | boolean | readonly CustomScalar[]) => void;
}) {
  if (fields.length === 0) return null;
  return (
    <section className="custom-fields" aria-labelledby="custom-fields-title">
      <h3 id="custom-fields-title">{t.section}</h3>
      <p className="hint">{t.intro}</p>
      {fields.map((field) => (
        <FieldRow
          key={field.name}
          field={field}
          value={values[field.name]}
          problem={problems.get(field.name)}
          onChange={(v) => onChange(field.name, v)}
        />
      ))}
    </section>
  );
}
