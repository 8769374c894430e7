import { useState } from 'react';
import type { PicgoServerStatus } from '../../../../shared/integrations';
import type { SettingsView } from '../../../../shared/settings';
import { useSettings } from '../../store/settings/state';
import { generateServerKey, saveSettings } from '../../store/settings/actions';
import { Field } from './Field';
import { TextField } from './TextField';
import { strings } from '../../../../shared/strings';
import { parts } from '../../lib/parts';
import { Checkbox } from '../../components/Checkbox';

const t = strings.integrations;

function ServerStatus({ status, keyText }: { status: PicgoServerStatus; keyText: string }) {
  switch (status.state) {
    case 'off':
      return <p className="hint">{t.off}</p>;
    case 'listening': {
      const url = `http://127.0.0.1:${status.port}/upload${keyText ? `?key=${keyText}` : ''}`;
      return (
        <p className="test-result ok" role="status">
          {parts(t.listening(<code>{url}</code>))}
        </p>
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
      <TextField
        label={t.port}
        hint={t.portHint}
        type="number"
        min={0}
        max={65535}
        value={port}
        onChange={setPort}
      />
      <Field label={t.key} hint={picgo.key ? t.keyHintSet : t.keyHintNone}>
        {(id) => (
          <div className="inline">
            <input
              id={id}
              readOnly
              value={picgo.key}
              placeholder={t.keyPlaceholder}
              spellCheck={false}
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
      <ServerStatus status={view.picgoServer} keyText={picgo.key} />
      <div className="section-actions">
        <button
          type="button"
          className="button primary"
          disabled={saving}
          onClick={() => void saveSettings({ integrations: { picgo: { port: Number(port) } } })}
        >
          {t.savePort}
        </button>
      </div>
    </section>
  );
}
