import { useState } from 'react';
import type { AuthMode, ConnectionSettings, SettingsView } from '../../../../shared/settings';
import { saveSettings, testConnection, useSettings } from '../../store/settings';
import { Field } from './Field';
import { PrivateKeyField } from './PrivateKeyField';
import { TestResult } from './TestResult';

/** Where uploads go and how they are signed. */
export function ConnectionSection({ view }: { view: SettingsView }) {
  const [form, setForm] = useState<ConnectionSettings>(view.connection);
  const saving = useSettings((s) => s.saving);
  const testing = useSettings((s) => s.testing);
  const set = <K extends keyof ConnectionSettings>(key: K, value: ConnectionSettings[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const changed = JSON.stringify(form) !== JSON.stringify(view.connection);
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
        <Field
          label="Auth endpoint"
          hint="Your server’s URL that answers GET with {token, expire, signature}."
        >
          {(id) => (
            <input
              id={id}
              value={form.authEndpoint}
              onChange={(e) => set('authEndpoint', e.target.value)}
              placeholder="https://example.com/imagekit-auth"
            />
          )}
        </Field>
      )}
      <Field
        label="Public key"
        hint={
          form.authMode === 'auth-endpoint'
            ? 'Needed to sign uploads.'
            : 'Optional with a private key.'
        }
      >
        {(id) => (
          <input
            id={id}
            value={form.publicKey}
            onChange={(e) => set('publicKey', e.target.value)}
            placeholder="public_…"
            spellCheck={false}
          />
        )}
      </Field>
      <Field
        label="URL endpoint"
        hint="Where your files are served, e.g. https://ik.imagekit.io/your_id."
      >
        {(id) => (
          <input
            id={id}
            value={form.urlEndpoint}
            onChange={(e) => set('urlEndpoint', e.target.value)}
            placeholder="https://ik.imagekit.io/your_id"
            spellCheck={false}
          />
        )}
      </Field>
      <details className="advanced">
        <summary>Advanced: other servers</summary>
        <div className="advanced-body">
          <Field
            label="Upload URL"
            hint="ImageKit’s by default. Point it at a compatible server, such as the local emulator."
          >
            {(id) => (
              <input
                id={id}
                value={form.uploadUrl}
                onChange={(e) => set('uploadUrl', e.target.value)}
                spellCheck={false}
              />
            )}
          </Field>
          <Field label="API URL" hint="Used by Test connection.">
            {(id) => (
              <input
                id={id}
                value={form.apiUrl}
                onChange={(e) => set('apiUrl', e.target.value)}
                spellCheck={false}
              />
            )}
          </Field>
        </div>
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
