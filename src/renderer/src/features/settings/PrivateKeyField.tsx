import { useState } from 'react';
import type { SettingsView } from '../../../../shared/settings';
import { savePrivateKey, useSettings } from '../../store/settings';
import { Field } from './Field';

/** The key is typed once and sent to main; the page never gets it back. */
export function PrivateKeyField({ view }: { view: SettingsView }) {
  const [key, setKey] = useState('');
  const saving = useSettings((s) => s.saving);
  const status = view.privateKey;
  const hint = !status.set
    ? 'From ImageKit: Developer options → API keys. It stays on this computer.'
    : status.protection === 'os'
      ? 'A key is saved, encrypted by your system’s keychain. Type a new one to replace it.'
      : 'A key is saved, but this computer has no keyring, so it is stored without protection. An auth endpoint avoids keeping it here.';
  return (
    <Field
      label="Private key"
      hint={<span className={status.set && status.protection !== 'os' ? 'warn' : ''}>{hint}</span>}
    >
      {(id) => (
        <div className="inline">
          <input
            id={id}
            type="password"
            autoComplete="off"
            spellCheck={false}
            placeholder={status.set ? '•••••••• saved' : 'private_…'}
            value={key}
            onChange={(e) => setKey(e.target.value)}
          />
          <button
            type="button"
            className="button small"
            disabled={saving || key.trim() === ''}
            onClick={() => void savePrivateKey(key.trim()).then((ok) => ok && setKey(''))}
          >
            Save key
          </button>
          {status.set && (
            <button
              type="button"
              className="button small ghost"
              disabled={saving}
              onClick={() => void savePrivateKey(null)}
            >
              Remove
            </button>
          )}
        </div>
      )}
    </Field>
  );
}
