import { useEffect, useState, type ReactNode } from 'react';
import {
  customValuesProblems,
  type CustomFieldsView,
  type CustomValues,
} from '../../../../shared/custom-metadata';
import { loadCustomFields } from '../../store/destination/actions';
import { strings } from '../../../../shared/strings';
import { CustomFieldsForm, formToValues, initialValues, type FormValues } from './CustomFieldsForm';

/**
 * The destination chooser's custom metadata: the account's fields read once the chooser opens,
 * the form, and `submit`, which answers the values to send, or null (with the sentence shown)
 * while a field refuses its value or a required one is empty.
 */
export function useCustomForm(): {
  form: ReactNode;
  sentence: string | null;
  submit: () => CustomValues | null;
} {
  const [view, setView] = useState<CustomFieldsView | null>(null);
  const [values, setValues] = useState<FormValues>({});
  const [problems, setProblems] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    let live = true;
    void loadCustomFields().then((v) => {
      if (!live) return;
      setView(v);
      if (v.state === 'ready') setValues(initialValues(v.fields));
    });
    return () => {
      live = false;
    };
  }, []);
  const fields = view?.state === 'ready' ? view.fields : [];
  const sentence = problems.size > 0 ? ([...problems.values()][0] ?? null) : null;
  const form =
    view === null ? (
      <p className="hint">{strings.customMetadata.loading}</p>
    ) : view.state === 'unavailable' ? (
      <p className="hint">{view.message}</p>
    ) : (
      <CustomFieldsForm
        fields={fields}
        values={values}
        problems={problems}
        onChange={(name, value) => {
          setValues((v) => ({ ...v, [name]: value }));
          setProblems((p) => {
            if (!p.has(name)) return p;
            const next = new Map(p);
            next.delete(name);
            return next;
          });
        }}
      />
    );
  const submit = (): CustomValues | null => {
    const sent = formToValues(fields, values);
    const found = customValuesProblems(fields, sent, true);
    // A number box holding words is a refused value too, though it converts to nothing.
    for (const f of fields) {
      const typed = values[f.name];
      if (
        f.type === 'Number' &&
        typeof typed === 'string' &&
        typed.trim() !== '' &&
        !Number.isFinite(Number(typed))
      )
        found.push({ name: f.name, message: strings.customMetadata.notNumber(f.label) });
    }
    setProblems(new Map(found.map((p) => [p.name, p.message])));
    return found.length > 0 ? null : sent;
  };
  return { form, sentence, submit };
}
