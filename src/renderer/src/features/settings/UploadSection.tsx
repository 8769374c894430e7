import { useState } from 'react';
import { UPLOAD_CONCURRENCY } from '../../../../shared/limits';
import type { SettingsView } from '../../../../shared/settings';
import { useSettings } from '../../store/settings/state';
import { saveSettings } from '../../store/settings/actions';
import { TextField } from './TextField';
import { parseTags } from '../../lib/tags';
import { parseWidths } from '../../lib/widths';
import { strings } from '../../../../shared/strings';
import { Checkbox } from '../../components/Checkbox';

const t = strings.uploadSettings;

/** Where files land on ImageKit and how many go at once. */
export function UploadSection({ view }: { view: SettingsView }) {
  const [folder, setFolder] = useState(view.upload.folder);
  const [tags, setTags] = useState(view.upload.tags.join(', '));
  const [concurrency, setConcurrency] = useState(view.upload.concurrency);
  const [autoUpload, setAutoUpload] = useState(view.upload.autoUpload);
  const [widths, setWidths] = useState(view.upload.responsiveWidths.join(', '));
  const [draftAlt, setDraftAlt] = useState(view.upload.draftAlt);
  const saving = useSettings((s) => s.saving);
  return (
    <section className="section" aria-labelledby="upload-title">
      <h3 id="upload-title">{t.title}</h3>
      <TextField
        label={t.folder}
        hint={t.folderHint}
        value={folder}
        onChange={setFolder}
        placeholder={t.folderPlaceholder}
      />
      <TextField
        label={t.tags}
        hint={t.tagsHint}
        value={tags}
        onChange={setTags}
        placeholder={t.tagsPlaceholder}
      />
      <TextField
        label={t.concurrency}
        hint={t.concurrencyHint(UPLOAD_CONCURRENCY.default)}
        type="number"
        min={UPLOAD_CONCURRENCY.min}
        max={UPLOAD_CONCURRENCY.max}
        value={concurrency}
        onChange={(v) => setConcurrency(Number(v))}
      />
      <Checkbox checked={autoUpload} onChange={setAutoUpload}>
        {t.autoUpload}
      </Checkbox>
      <Checkbox checked={draftAlt} onChange={setDraftAlt}>
        {strings.alt.draftSetting}
      </Checkbox>
      <p className="hint">{strings.alt.draftHint}</p>
      <TextField
        label={t.responsiveWidths}
        hint={t.responsiveWidthsHint}
        value={widths}
        onChange={setWidths}
        placeholder="400, 800"
        spellCheck={false}
      />
      <div className="section-actions">
        <button
          type="button"
          className="button primary"
          disabled={saving}
          onClick={() =>
            void saveSettings({
              upload: {
                folder,
                tags: parseTags(tags),
                concurrency,
                autoUpload,
                responsiveWidths: parseWidths(widths),
                draftAlt,
              },
            })
          }
        >
          {t.save}
        </button>
      </div>
    </section>
  );
}
