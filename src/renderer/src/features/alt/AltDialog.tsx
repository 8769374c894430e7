import { useState } from 'react';
import { MAX_ALT_CHARS, type AltText } from '../../../../shared/alt';
import { Modal } from '../../components/Modal';
import { Checkbox } from '../../components/Checkbox';
import { useAlt, type AltTarget } from '../../store/alt/state';
import { closeAlt, saveAlt } from '../../store/alt/actions';
import { strings } from '../../../../shared/strings';

const t = strings.alt;

function AltForm({ target }: { target: AltTarget }) {
  const saving = useAlt((s) => s.saving);
  const current = target.current;
  const [text, setText] = useState(current && 'text' in current ? current.text : '');
  const [decorative, setDecorative] = useState(current !== undefined && 'decorative' in current);
  const count = target.kind === 'rows' ? target.ids.length : 1;
  const tooLong = text.trim().length > MAX_ALT_CHARS;
  const choice: AltText | null = decorative
    ? { decorative: true }
    : text.trim() === ''
      ? null
      : { text: text.trim() };
  return (
    <Modal
      backdrop="confirm-backdrop"
      className="confirm alt-dialog"
      labelledBy="alt-title"
      describedBy="alt-intro"
      onClose={closeAlt}
      onSubmit={() => {
        if (!tooLong && !saving) void saveAlt(choice);
      }}
    >
      <h2 id="alt-title">{t.title(count)}</h2>
      <p id="alt-intro" className="hint">
        {t.intro}
      </p>
      <div className="field">
        <label htmlFor="alt-text">{t.field}</label>
        <textarea
          id="alt-text"
          rows={3}
          value={text}
          disabled={decorative}
          aria-invalid={tooLong}
          onChange={(e) => setText(e.target.value)}
          // The dialog opens to write: the box has the focus.
          autoFocus
        />
      </div>
      {tooLong && (
        <p className="test-result bad" role="alert">
          {t.tooLong(MAX_ALT_CHARS)}
        </p>
      )}
      <Checkbox checked={decorative} onChange={setDecorative}>
        {t.markDecorative}
      </Checkbox>
      <div className="confirm-actions">
        <button type="button" className="button" onClick={closeAlt}>
          {t.cancel}
        </button>
        {current !== undefined && (
          <button
            type="button"
            className="button"
            disabled={saving}
            onClick={() => void saveAlt(null)}
          >
            {t.clear}
          </button>
        )}
        <button type="submit" className="button primary" disabled={saving || tooLong}>
          {t.save}
        </button>
      </div>
    </Modal>
  );
}

/** Alt text for one row, several selected rows, or one upload in History. */
export function AltDialog() {
  const target = useAlt((s) => s.target);
  if (!target) return null;
  // Keyed by what it edits, so the boxes start from that file's alt text.
  const key = target.kind === 'rows' ? target.ids.join(',') : `history-${target.id}`;
  return <AltForm key={key} target={target} />;
}
