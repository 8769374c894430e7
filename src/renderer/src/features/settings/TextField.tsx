import type { ReactNode } from 'react';
import { Field } from './Field';

interface TextFieldProps {
  readonly label: string;
  readonly hint?: ReactNode;
  readonly value: string | number;
  /** The raw text typed; number fields convert it themselves. */
  onChange(text: string): void;
  readonly placeholder?: string;
  /** Keys and addresses are not words: no red underlines under them. */
  readonly spellCheck?: boolean;
  readonly type?: 'text' | 'number';
  readonly min?: number;
  readonly max?: number;
}

/** A labelled one-line input with its hint: every text and number box in Settings. */
export function TextField({ label, hint, value, onChange, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint}>
      {(id) => (
        <input id={id} value={value} onChange={(e) => onChange(e.target.value)} {...input} />
      )}
    </Field>
  );
}
