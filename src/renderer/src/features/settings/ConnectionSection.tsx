import { useState } from 'react';
import type { AuthMode, ConnectionSettings, SettingsView } from '../../../../shared/settings';
import { useSettings } from '../../store/settings/state';
import { saveSettings, testConnection } from '../../store/settings/actions';
import { PrivateKeyField } from './PrivateKeyField';
import { TestResult } from './TestResult';
import { TextField } from './TextField';
import { TestServerOffer } from '../test-server/TestServerOffer';
import { strings } from '../../../../shared/strings';

const t = strings.connection;

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
    label: t.urlEndpoint,
    hint: t.urlEndpointHint,
    placeholder: t.urlEndpointPlaceholder,
  },
  { key: 'uploadUrl', label: t.uploadUrl, hint: t.uploadUrlHint },
  { key: 'apiUrl', label: t.apiUrl, hint: t.apiUrlHint },
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
      <h3 id="connection-title">{t.title}</h3>
      <TestServerOffer />
      <fieldset className="choice">
        <legend>{t.signedHow}</legend>
        {(
          [
            ['private-key', t.modePrivateKey],
            ['auth-endpoint', t.modeAuthEndpoint],
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
          label={t.authEndpoint}
          hint={t.authEndpointHint}
          value={form.authEndpoint}
          onChange={(v) => set('authEndpoint', v)}
          placeholder={t.authEndpointPlaceholder}
        />
      )}
      <TextField
        label={t.publicKey}
        hint={form.authMode === 'auth-endpoint' ? t.publicKeyNeeded : t.publicKeyOptional}
        value={form.publicKey}
        onChange={(v) => set('publicKey', v)}
        placeholder={t.publicKeyPlaceholder}
        spellCheck={false}
      />
      {URL_FIELDS.slice(0, 1).map(urlField)}
      <details className="advanced">
        <summary>{t.advanced}</summary>
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
          {t.save}
        </button>
        <button
          type="button"
          className="button"
          disabled={testing || changed}
          onClick={() => void testConnection()}
          title={changed ? t.saveFirst : undefined}
        >
          {testing ? t.testing : t.test}
        </button>
      </div>
      <TestResult />
    </section>
  );
}
