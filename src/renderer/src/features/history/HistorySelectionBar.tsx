import { useState } from 'react';
import { clearSelection, selectAllMatching, selectedCount, useHistory } from '../../store/history';
import { copySelection, exportHistory } from '../../store/history-actions';
import { RemoveConfirm } from './RemoveConfirm';
import { ActionButton } from '../ActionButton';

const COPY_FORMATS = [
  { format: 'url', label: 'URL' },
  { format: 'markdown', label: 'Markdown' },
  { format: 'html', label: 'HTML' },
  { format: 'json', label: 'JSON' },
] as const;

const EXPORT_FORMATS = [
  { format: 'csv', label: 'CSV', file: 'a CSV file' },
  { format: 'json', label: 'JSON', file: 'a JSON manifest' },
] as const;

/** How many match, what is selected, and what can be done with it. */
export function HistorySelectionBar() {
  const total = useHistory((s) => s.total);
  const count = useHistory(selectedCount);
  const allMatching = useHistory((s) => s.allMatching && s.excluded.size === 0);
  const [confirming, setConfirming] = useState(false);
  const some = count > 0;
  const scope = some ? 'the selected uploads' : 'every upload shown';
  return (
    <div className="history-bar" role="toolbar" aria-label="Selected uploads">
      <p className="history-count" aria-live="polite" data-testid="history-count">
        {some
          ? `${count.toLocaleString()} of ${total.toLocaleString()} selected`
          : `${total.toLocaleString()} ${total === 1 ? 'upload' : 'uploads'}`}
      </p>
      {!allMatching && total > 0 && (
        <button type="button" className="button small" onClick={selectAllMatching}>
          Select all {total.toLocaleString()}
        </button>
      )}
      {some && (
        <button type="button" className="button ghost small" onClick={clearSelection}>
          Clear selection
        </button>
      )}
      <span className="history-bar-gap" />
      <div className="button-group" role="group" aria-label="Copy selected as">
        <span className="muted">Copy as</span>
        {COPY_FORMATS.map((c) => (
          <button
            key={c.format}
            type="button"
            className="button small"
            disabled={!some}
            aria-label={`Copy selected as ${c.label}`}
            onClick={() => void copySelection(c.format)}
          >
            {c.label}
          </button>
        ))}
      </div>
      <div className="button-group" role="group" aria-label="Export">
        <span className="muted">Export</span>
        {EXPORT_FORMATS.map((x) => (
          <ActionButton
            key={x.format}
            className="button small"
            disabled={total === 0}
            title={`Save ${scope} as ${x.file}`}
            onClick={() => void exportHistory(x.format, some)}
          >
            {x.label}
          </ActionButton>
        ))}
      </div>
      <ActionButton
        className="button small danger"
        disabled={!some}
        onClick={() => setConfirming(true)}
      >
        Remove from history…
      </ActionButton>
      {confirming && <RemoveConfirm count={count} onClose={() => setConfirming(false)} />}
    </div>
  );
}
