import { useState } from 'react';
import type { SecretStatus, SettingsView } from '../../../../shared/settings';
import { useSettings } from '../../store/settings/state';
import { savePrivateKey } from '../../store/settings/actions';
import { Field } from './Field';
import { strings } from '../../../../shared/strings';
import { Checkbox } from '../../components/Checkbox';

const t = strings.privateKey;

/** A hint sentence, marked as a warning when the key is not safe or gone. */
function hint(text: string, warn: boolean): { readonly text: string; readonly warn: boolean } {
  return { text, warn };
}

/** One sentence on where the key is (or why it went), so nobody has to guess. */
function keyHint(status: SecretStatus): { readonly text: string; readonly warn: boolean } {
  if (status.forgotten === 'host-changed') {
    return hint(t.hostChanged, true);
  }
  if (status.keeping === 'session') {
    return hint(t.sessionOnlyKept, false);
  }
  if (status.set && status.protection === 'os') {
    return hint(t.savedInKeychain, false);
  }
  if (status.set) {
    return hint(t.savedUnprotected, true);
  }
  if (status.protection === 'plain') {
    return hint(t.noKeyring, true);
  }
  return hint(t.whereFrom, false);
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
    <Field label={t.label} hint={<span className={hint.warn ? 'warn' : ''}>{hint.text}</span>}>
      {(id) => (
        <>
          <div className="inline">
            <input
              id={id}
              type="password"
              autoComplete="off"
              spellCheck={false}
              placeholder={
                status.set ? t.placeholderSet(status.keeping === 'session') : t.placeholder
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
              {sessionOnly ? t.keep : t.save}
            </button>
            {status.set && (
              <button
                type="button"
                className="button small ghost"
                disabled={saving}
                onClick={() => void savePrivateKey(null)}
              >
                {t.remove}
              </button>
            )}
          </div>
          <Checkbox checked={sessionOnly} onChange={setSessionOnly}>
            {t.sessionOnly}
          </Checkbox>
        </>
      )}
    </Field>
  );
}
