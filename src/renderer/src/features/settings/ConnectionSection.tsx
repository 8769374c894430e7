import { useState } from 'react';
import type { AuthMode, ConnectionSettings, SettingsView } from '../../../../shared/settings';
import { saveSettings, testConnection, useSettings } from '../../store/settings';
import { PrivateKeyField } from './PrivateKeyField';
import { TestResult } from './TestResult';
import { TextField } from './TextField';

interface UrlField {
  readonly key: 'urlEndpoint' | 'uploadUrl' | 'apiUrl';
  readonly label: string;
  readonly hint: string;
  readonly placeholder?: string;
}

/** The address boxes: the first always shown, the others under "Advanced". */
const URL_FIELDS: readonly UrlField[] = [
  {
    key: 'urlEndpoint',
    label: 'URL endpoint',
    hint: 'Where your files are served, e.g. https://ik.imagekit.io/your_id.',
    placeholder: 'https://ik.imagekit.io/your_id',
  },
  {
    key: 'uploadUrl',
    label: 'Upload URL',
    hint: 'ImageKit’s by default. Point it at a compatible server, such as the local emulator.',
  },
  { key: 'apiUrl', label: 'API URL', hint: 'Used by Test connection.' },
];

/** Where uploads go and how they are signed. */
export function ConnectionSection({ view }: { view: SettingsView }) {
  const [form, setForm] = useState<ConnectionSettings>(view.connection);
  const saving = useSettings((s) => s.saving);
  const testing = useSettings((s) => s.testing);
  const set = <K extends keyof ConnectionSettings>(key: K, value: ConnectionSettings[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const changed = JSON.stringify(form) !== JSON.stringify(view.connection);
  const urlField = (f: UrlField) => (
    <TextField
      key={f.key}
      label={f.label}
      hint={f.hint}
      value={form[f.key]}
      onChange={(v) => set(f.key, v)}
      placeholder={f.placeholder}
      spellCheck={false}
    />
  );
  return (
    <section className="section" aria-labelledby="connection-title">
      <h3 id="connection-title">ImageKit connection</h3>
      <fieldset className="choice">
        <legend>How uploads are signed</legend>
        {(
          [
            ['private-key', 'With the private key, kept on this computer'],
            ['auth-endpoint', 'By your team’s auth endpoint (no key on this computer)'],
          ] as Array<[AuthMode, string]>
        ).map(([mode, label]) => (
          <label key={mode} className="radio">
            <input
              type="radio"
              name="auth-mode"
              checked={form.authMode === mode}
              onChange={() => set('authMode', mode)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {form.authMode === 'private-key' ? (
        <PrivateKeyField view={view} />
      ) : (
        <TextField
          label="Auth endpoint"
          hint="Your server’s URL that answers GET with {token, expire, signature}."
          value={form.authEndpoint}
          onChange={(v) => set('authEndpoint', v)}
          placeholder="https://example.com/imagekit-auth"
        />
      )}
      <TextField
        label="Public key"
        hint={
          form.authMode === 'auth-endpoint'
            ? 'Needed to sign uploads.'
            : 'Optional with a private key.'
        }
        value={form.publicKey}
        onChange={(v) => set('publicKey', v)}
        placeholder="public_…"
        spellCheck={false}
      />
      {URL_FIELDS.slice(0, 1).map(urlField)}
      <details className="advanced">
        <summary>Advanced: other servers</summary>
        <div className="advanced-body">{URL_FIELDS.slice(1).map(urlField)}</div>
      </details>
      <div className="section-actions">
        <button
          type="button"
          className="button primary"
          disabled={!changed || saving}
          onClick={() =>
            void saveSettings({ connection: form }).then((ok) => {
              // Show what main stored (addresses come back normalised).
              const saved = useSettings.getState().view?.connection;
              if (ok && saved) setForm(saved);
            })
          }
        >
          Save connection
        </button>
        <button
          type="button"
          className="button"
          disabled={testing || changed}
          onClick={() => void testConnection()}
          title={changed ? 'Save first' : undefined}
        >
          {testing ? 'Testing…' : 'Test connection'}
        </button>
      </div>
      <TestResult />
    </section>
  );
}
