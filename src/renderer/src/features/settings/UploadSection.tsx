import { useState } from 'react';
import { UPLOAD_CONCURRENCY } from '../../../../shared/limits';
import type { SettingsView } from '../../../../shared/settings';
import { saveSettings, useSettings } from '../../store/settings';
import { TextField } from './TextField';
import { parseTags } from '../../lib/tags';
import { strings } from '../../../../shared/strings';

const s = strings.uploadSettings;

/** Where files land on ImageKit and how many go at once. */
export function UploadSection({ view }: { view: SettingsView }) {
  const [folder, setFolder] = useState(view.upload.folder);
  const [tags, setTags] = useState(view.upload.tags.join(', '));
  const [concurrency, setConcurrency] = useState(view.upload.concurrency);
  const [autoUpload, setAutoUpload] = useState(view.upload.autoUpload);
  const saving = useSettings((s) => s.saving);
  return (
    <section className="section" aria-labelledby="upload-title">
      <h3 id="upload-title">{s.title}</h3>
      <TextField
        label={s.folder}
        hint={s.folderHint}
        value={folder}
        onChange={setFolder}
        placeholder={s.folderPlaceholder}
      />
      <TextField
        label={s.tags}
        hint={s.tagsHint}
        value={tags}
        onChange={setTags}
        placeholder={s.tagsPlaceholder}
      />
      <TextField
        label={s.concurrency}
        hint={s.concurrencyHint(UPLOAD_CONCURRENCY.default)}
        type="number"
        min={UPLOAD_CONCURRENCY.min}
        max={UPLOAD_CONCURRENCY.max}
        value={concurrency}
        onChange={(v) => setConcurrency(Number(v))}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={autoUpload}
          onChange={(e) => setAutoUpload(e.target.checked)}
        />
        {s.autoUpload}
      </label>
      <div className="section-actions">
        <button
          type="button"
          className="button primary"
          disabled={saving}
          onClick={() =>
            void saveSettings({
              upload: { folder, tags: parseTags(tags), concurrency, autoUpload },
            })
          }
        >
          {s.save}
        </button>
      </div>
    </section>
  );
}
