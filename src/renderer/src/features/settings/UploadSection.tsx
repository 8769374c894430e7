import { useState } from 'react';
import { UPLOAD_CONCURRENCY } from '../../../../shared/limits';
import type { SettingsView } from '../../../../shared/settings';
import { saveSettings, useSettings } from '../../store/settings';
import { TextField } from './TextField';
import { parseTags } from '../../lib/tags';

/** Where files land on ImageKit and how many go at once. */
export function UploadSection({ view }: { view: SettingsView }) {
  const [folder, setFolder] = useState(view.upload.folder);
  const [tags, setTags] = useState(view.upload.tags.join(', '));
  const [concurrency, setConcurrency] = useState(view.upload.concurrency);
  const [autoUpload, setAutoUpload] = useState(view.upload.autoUpload);
  const saving = useSettings((s) => s.saving);
  return (
    <section className="section" aria-labelledby="upload-title">
      <h3 id="upload-title">Uploads</h3>
      <TextField
        label="Folder"
        hint="Created on ImageKit if it does not exist."
        value={folder}
        onChange={setFolder}
        placeholder="/products/2026"
      />
      <TextField
        label="Tags"
        hint="Separated by commas; added to every file."
        value={tags}
        onChange={setTags}
        placeholder="spring, catalogue"
      />
      <TextField
        label="Uploads at once"
        hint={`More is faster on a good connection; ${UPLOAD_CONCURRENCY.default} suits most.`}
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
        Upload as soon as each file is prepared
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
          Save uploads
        </button>
      </div>
    </section>
  );
}
