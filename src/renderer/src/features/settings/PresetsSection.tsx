import { useState } from 'react';
import {
  DEFAULT_PRESETS,
  OUTPUT_FORMATS,
  PRESET_LIMITS,
  type OutputFormat,
  type Presets,
  type VariantName,
} from '../../../../shared/presets';
import type { SettingsView } from '../../../../shared/settings';
import { formatName } from '../../lib/format';
import { useSettings } from '../../store/settings/state';
import { saveSettings } from '../../store/settings/actions';
import { Field } from './Field';
import { TextField } from './TextField';
import { strings } from '../../../../shared/strings';

const t = strings.presets;
const LABELS: Record<VariantName, string> = { main: t.main, thumb: t.thumb };

/** The two variants: format, longest side and size cap. Applies to files added afterwards. */
export function PresetsSection({ view }: { view: SettingsView }) {
  const [presets, setPresets] = useState<Presets>(view.presets);
  const saving = useSettings((s) => s.saving);
  const update = (name: VariantName, patch: Partial<Presets[VariantName]>) =>
    setPresets((p) => ({ ...p, [name]: { ...p[name], ...patch } }));
  return (
    <section className="section" aria-labelledby="presets-title">
      <h3 id="presets-title">{t.title}</h3>
      <p className="hint">{t.hint}</p>
      {(['main', 'thumb'] as const).map((name) => (
        <div key={name} className="preset">
          <h4>{LABELS[name]}</h4>
          <div className="preset-fields">
            <Field label={t.format(LABELS[name])}>
              {(id) => (
                <select
                  id={id}
                  value={presets[name].format}
                  onChange={(e) => update(name, { format: e.target.value as OutputFormat })}
                >
                  {OUTPUT_FORMATS.map((f) => (
                    <option key={f} value={f}>
                      {formatName(f)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <TextField
              label={t.longestSide(LABELS[name])}
              type="number"
              min={PRESET_LIMITS.minSide}
              max={PRESET_LIMITS.maxSide}
              value={presets[name].maxSide}
              onChange={(v) => update(name, { maxSide: Number(v) })}
            />
            <TextField
              label={t.sizeCap(LABELS[name])}
              type="number"
              min={PRESET_LIMITS.minBytes / 1000}
              max={PRESET_LIMITS.maxBytes / 1000}
              value={Math.round(presets[name].maxBytes / 1000)}
              onChange={(v) => update(name, { maxBytes: Number(v) * 1000 })}
            />
          </div>
        </div>
      ))}
      <div className="section-actions">
        <button
          type="button"
          className="button primary"
          disabled={saving}
          onClick={() => void saveSettings({ presets })}
        >
          {t.save}
        </button>
        <button type="button" className="button ghost" onClick={() => setPresets(DEFAULT_PRESETS)}>
          {t.reset}
        </button>
      </div>
    </section>
  );
}
