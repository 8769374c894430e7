import { useState } from 'react';
import type { SecretStatus, SettingsView } from '../../../../shared/settings';
import { savePrivateKey, useSettings } from '../../store/settings';
import { Field } from './Field';

/** A hint sentence, marked as a warning when the key is not safe or gone. */
function hint(text: string, warn: boolean): { readonly text: string; readonly warn: boolean } {
  return { text, warn };
}

/** One sentence on where the key is (or why it went), so nobody has to guess. */
function keyHint(status: SecretStatus): { readonly text: string; readonly warn: boolean } {
  if (status.forgotten === 'host-changed') {
    return hint(
      'The key was removed because the upload or API address now points to another server. A key only goes to the servers it was saved for: type it again to use it there.',
      true,
    );
  }
  if (status.keeping === 'session') {
    return hint('A key is kept for this session only; it is forgotten when the app quits.', false);
  }
  if (status.set && status.protection === 'os') {
    return hint(
      'A key is saved, encrypted by your system’s keychain. Type a new one to replace it.',
      false,
    );
  }
  if (status.set) {
    return hint(
      'A key is saved, but this computer has no keyring, so it is stored without protection. Keep it for this session only, or use an auth endpoint, to avoid that.',
      true,
    );
  }
  if (status.protection === 'plain') {
    return hint(
      'This computer has no keyring (such as GNOME Keyring or KWallet), so a saved key would be stored on disk without protection. Keep it for this session only, or use an auth endpoint.',
      true,
    );
  }
  return hint('From ImageKit: Developer options → API keys. It stays on this computer.', false);
}

/** The key is typed once and sent to main; the page never gets it back. */
export function PrivateKeyField({ view }: { view: SettingsView }) {
  const [key, setKey] = useState('');
  const status = view.privateKey;
  // Without a keyring the safe choice is the default; the user can still choose to save.
  const [sessionOnly, setSessionOnly] = useState(status.protection === 'plain');
  const saving = useSettings((s) => s.saving);
  const hint = keyHint(status);
  const keeping = sessionOnly ? 'session' : 'saved';
  return (
    <Field label="Private key" hint={<span className={hint.warn ? 'warn' : ''}>{hint.text}</span>}>
      {(id) => (
        <>
          <div className="inline">
            <input
              id={id}
              type="password"
              autoComplete="off"
              spellCheck={false}
              placeholder={
                status.set
                  ? `•••••••• ${status.keeping === 'session' ? 'kept' : 'saved'}`
                  : 'private_…'
              }
              value={key}
              onChange={(e) => setKey(e.target.value)}
            />
            <button
              type="button"
              className="button small"
              disabled={saving || key.trim() === ''}
              onClick={() =>
                void savePrivateKey(key.trim(), keeping).then((ok) => ok && setKey(''))
              }
            >
              {sessionOnly ? 'Keep key' : 'Save key'}
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
          <label className="checkbox">
            <input
              type="checkbox"
              checked={sessionOnly}
              onChange={(e) => setSessionOnly(e.target.checked)}
            />
            Keep it for this session only (forgotten when the app quits)
          </label>
        </>
      )}
    </Field>
  );
}
