import { useState } from 'react';
import type { PicgoServerStatus } from '../../../../shared/integrations';
import { PICGO_KEY_MIN_LENGTH, serverKeyProblem } from '../../../../shared/integrations';
import type { SettingsView } from '../../../../shared/settings';
import { useSettings } from '../../store/settings/state';
import { generateServerKey, saveSettings } from '../../store/settings/actions';
import { copyLink } from '../../store/jobs/actions';
import { Field } from './Field';
import { TextField } from './TextField';
import { strings } from '../../../../shared/strings';
import { parts } from '../../lib/parts';
import { Checkbox } from '../../components/Checkbox';

const t = strings.integrations;

/** The sentence for a key that main would refuse, or null. */
function keyProblemText(key: string): string | null {
  switch (serverKeyProblem(key)) {
    case 'chars':
      return t.keyChars;
    case 'short':
      return t.keyTooShort(PICGO_KEY_MIN_LENGTH);
    default:
      return null;
  }
}

/** Where the server listens, and the address to paste into the writing tool, key included. */
function ServerStatus({ status, keyText }: { status: PicgoServerStatus; keyText: string }) {
  switch (status.state) {
    case 'off':
      return <p className="hint">{t.off}</p>;
    case 'listening': {
      const url = `http://127.0.0.1:${status.port}/upload${keyText ? `?key=${keyText}` : ''}`;
      return (
        <>
          <p className="test-result ok" role="status">
            {parts(t.listening(status.port, <code>{url}</code>))}
          </p>
          <div className="section-actions">
            <button type="button" className="button small" onClick={() => void copyLink(url)}>
              {t.copyAddress}
            </button>
          </div>
          {!keyText && <p className="hint">{t.clipboardNeedsKey}</p>}
        </>
      );
    }
    case 'failed':
      return (
        <p className="test-result bad" role="alert">
          {status.message}
        </p>
      );
  }
}

interface ServerFieldsProps {
  readonly savedKey: string;
  readonly port: string;
  setPort(port: string): void;
}

/** The port and the key, typed or generated, saved together. */
function ServerFields({ savedKey, port, setPort }: ServerFieldsProps) {
  const [key, setKey] = useState(savedKey);
  const saving = useSettings((s) => s.saving);
  const problem = keyProblemText(key.trim());
  return (
    <>
      <TextField
        label={t.port}
        hint={t.portHint}
        type="number"
        min={0}
        max={65535}
        value={port}
        onChange={setPort}
      />
      <Field label={t.key} hint={savedKey ? t.keyHintSet : t.keyHintNone}>
        {(id) => (
          <div className="inline">
            <input
              id={id}
              value={key}
              onChange={(e) => setKey(e.target.value)}
              placeholder={t.keyPlaceholder}
              spellCheck={false}
              autoComplete="off"
              aria-invalid={problem !== null}
            />
            <button
              type="button"
              className="button"
              disabled={saving}
              onClick={() => void generateServerKey()}
            >
              {t.generateKey}
            </button>
          </div>
        )}
      </Field>
      {problem && (
        <p className="test-result bad" role="alert">
          {problem}
        </p>
      )}
      <div className="section-actions">
        <button
          type="button"
          className="button primary"
          disabled={saving || problem !== null}
          onClick={() =>
            void saveSettings({ integrations: { picgo: { port: Number(port), key: key.trim() } } })
          }
        >
          {t.save}
        </button>
      </div>
    </>
  );
}

/** The local upload server that Typora and Obsidian's image plugins call (PicGo protocol). */
export function IntegrationsSection({ view }: { view: SettingsView }) {
  const picgo = view.integrations.picgo;
  const [port, setPort] = useState(String(picgo.port));
  // Shown at once; put back if main refuses the change.
  const [enabled, setEnabled] = useState(picgo.enabled);
  const toggle = async (on: boolean): Promise<void> => {
    setEnabled(on);
    const saved = await saveSettings({
      integrations: { picgo: { enabled: on, port: Number(port) } },
    });
    if (!saved) setEnabled(!on);
  };
  const saving = useSettings((s) => s.saving);
  return (
    <section className="section" aria-labelledby="integrations-title">
      <h3 id="integrations-title">{t.title}</h3>
      <p className="hint">{t.intro}</p>
      <Checkbox checked={enabled} disabled={saving} onChange={(on) => void toggle(on)}>
        {t.run}
      </Checkbox>
      {/* A generated or saved key starts the key box afresh from what main keeps. */}
      <ServerFields key={picgo.key} savedKey={picgo.key} port={port} setPort={setPort} />
      <ServerStatus status={view.picgoServer} keyText={picgo.key} />
    </section>
  );
}
