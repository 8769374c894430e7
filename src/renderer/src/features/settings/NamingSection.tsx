import { useState } from 'react';
import {
  NAME_FIELDS,
  renderNameTemplate,
  templateHasHash,
  templateProblem,
} from '../../../../shared/naming-template';
import { extensionFor } from '../../../../shared/presets';
import type { SettingsView } from '../../../../shared/settings';
import { useSettings } from '../../store/settings/state';
import { saveSettings } from '../../store/settings/actions';
import { TextField } from './TextField';
import { strings } from '../../../../shared/strings';
import { parts } from '../../lib/parts';
import { Checkbox } from '../../components/Checkbox';

/** The file the preview names: a typical camera file in a shoot folder. */
const SAMPLE = {
  sourceName: 'IMG_2041.JPG',
  hash: '3f9a1c2b',
  parent: 'spring-shoot',
  width: 4032,
  height: 3024,
} as const;

const t = strings.naming;

function Preview({ template, ext, today }: { template: string; ext: string; today: number }) {
  const problem = templateProblem(template);
  if (problem !== null) {
    return <span className="name-warning">{problem}</span>;
  }
  const stem = renderNameTemplate(template, { ...SAMPLE, addedAt: today });
  return (
    <>
      {parts(
        t.storedAs(
          SAMPLE,
          <span className="name-preview" data-testid="name-preview">
            {stem}.{ext}
          </span>,
        ),
      )}
      {!templateHasHash(template) && (
        <span className="name-warning" data-testid="name-preview-warning">
          {t.noHash}
        </span>
      )}
    </>
  );
}

/** How stored files are named, with a live preview from the same code main uses. */
export function NamingSection({ view }: { view: SettingsView }) {
  const [template, setTemplate] = useState(view.upload.nameTemplate);
  const [ask, setAsk] = useState(view.upload.askDestination);
  const saving = useSettings((s) => s.saving);
  // The preview's {date}: fixed when the drawer opens, so typing never changes it.
  const [today] = useState(() => Date.now());
  const fields = NAME_FIELDS.map((f) => `{${f}}`).join(' ');
  return (
    <section className="section" aria-labelledby="naming-title">
      <h3 id="naming-title">{t.title}</h3>
      <TextField
        label={t.template}
        hint={
          <Preview template={template} ext={extensionFor(view.presets.main.format)} today={today} />
        }
        value={template}
        onChange={setTemplate}
        placeholder={t.templatePlaceholder}
        spellCheck={false}
      />
      <p className="hint">{t.fields(fields)}</p>
      <Checkbox checked={ask} onChange={setAsk}>
        {t.askDestination}
      </Checkbox>
      <div className="section-actions">
        <button
          type="button"
          className="button primary"
          disabled={saving || templateProblem(template) !== null}
          onClick={() =>
            void saveSettings({ upload: { nameTemplate: template, askDestination: ask } })
          }
        >
          {t.save}
        </button>
      </div>
    </section>
  );
}
