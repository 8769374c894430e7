import { useState } from 'react';
import type { SettingsView } from '../../../../shared/settings';
import { saveSettings, useSettings } from '../../store/settings';
import { Field } from './Field';

function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}

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
      <Field label="Folder" hint="Created on ImageKit if it does not exist.">
        {(id) => (
          <input
            id={id}
            value={folder}
            onChange={(e) => setFolder(e.target.value)}
            placeholder="/products/2026"
          />
        )}
      </Field>
      <Field label="Tags" hint="Separated by commas; added to every file.">
        {(id) => (
          <input
            id={id}
            value={tags}
            onChange={(e) => setTags(e.target.value)}
            placeholder="spring, catalogue"
          />
        )}
      </Field>
      <Field label="Uploads at once" hint="More is faster on a good connection; 3 suits most.">
        {(id) => (
          <input
            id={id}
            type="number"
            min={1}
            max={8}
            value={concurrency}
            onChange={(e) => setConcurrency(Number(e.target.value))}
          />
        )}
      </Field>
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
