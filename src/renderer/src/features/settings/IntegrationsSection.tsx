import { useState } from 'react';
import type { PicgoServerStatus } from '../../../../shared/integrations';
import type { SettingsView } from '../../../../shared/settings';
import { generateServerKey, saveSettings, useSettings } from '../../store/settings';
import { Field } from './Field';
import { TextField } from './TextField';

function ServerStatus({ status, keyText }: { status: PicgoServerStatus; keyText: string }) {
  switch (status.state) {
    case 'off':
      return <p className="hint">The server is off: nothing listens.</p>;
    case 'listening': {
      const url = `http://127.0.0.1:${status.port}/upload${keyText ? `?key=${keyText}` : ''}`;
      return (
        <p className="test-result ok" role="status">
          Listening on <code>{url}</code>
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
      <h3 id="integrations-title">Integrations</h3>
      <p className="hint">
        A local upload server for Typora and Obsidian&apos;s image plugins (they speak PicGo&apos;s
        protocol). It listens on this computer only (127.0.0.1), and the files it gets go through
        the list like any others.
      </p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={enabled}
          disabled={saving}
          onChange={(e) => void toggle(e.target.checked)}
        />
        Run the local upload server
      </label>
      <TextField
        label="Port"
        hint="36677 is the port Typora and Obsidian's plugins call by default; 0 picks any free port."
        type="number"
        min={0}
        max={65535}
        value={port}
        onChange={setPort}
      />
      <Field
        label="Key"
        hint={
          picgo.key
            ? 'Requests must end with ?key=<this key>. Generate a new one to lock out old copies.'
            : 'No key: any program on this computer may upload. Generate one to require it.'
        }
      >
        {(id) => (
          <div className="inline">
            <input id={id} readOnly value={picgo.key} placeholder="No key" spellCheck={false} />
            <button
              type="button"
              className="button"
              disabled={saving}
              onClick={() => void generateServerKey()}
            >
              Generate key
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
          Save port
        </button>
      </div>
    </section>
  );
}
