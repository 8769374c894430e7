import { useHistory } from '../../store/history/state';
import { askRemove, clearSelection, selectAllMatching } from '../../store/history/actions';
import { selectedCount } from '../../store/history/selectors';
import { copySelection, exportHistory } from '../../store/history/actions';
import { RemoveConfirm } from './RemoveConfirm';
import { ActionButton } from '../../components/ActionButton';
import { strings } from '../../../../shared/strings';

const COPY_FORMATS = ['url', 'markdown', 'html', 'responsive', 'json'] as const;
const EXPORT_FORMATS = ['csv', 'json'] as const;
const t = strings.history;

/** How many match, what is selected, and what can be done with it. */
export function HistorySelectionBar() {
  const total = useHistory((s) => s.total);
  const count = useHistory(selectedCount);
  const allMatching = useHistory((s) => s.allMatching && s.excluded.size === 0);
  const confirming = useHistory((s) => s.removeAsked);
  const some = count > 0;
  return (
    <div className="history-bar" role="toolbar" aria-label={t.barLabel}>
      <p className="history-count" aria-live="polite" data-testid="history-count">
        {some ? t.selected(count, total) : t.total(total)}
      </p>
      {!allMatching && total > 0 && (
        <button type="button" className="button small" onClick={selectAllMatching}>
          {t.selectAll(total)}
        </button>
      )}
      {some && (
        <button type="button" className="button ghost small" onClick={clearSelection}>
          {t.clearSelection}
        </button>
      )}
      <span className="history-bar-gap" />
      <div className="button-group" role="group" aria-label={t.copyGroup}>
        <span className="muted">{t.copyAs}</span>
        {COPY_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="button small"
            disabled={!some}
            aria-label={t.copyAsFormat(strings.formats[format])}
            onClick={() => void copySelection(format)}
          >
            {strings.formats[format]}
          </button>
        ))}
      </div>
      <div className="button-group" role="group" aria-label={t.exportGroup}>
        <span className="muted">{t.exportGroup}</span>
        {EXPORT_FORMATS.map((format) => (
          <ActionButton
            key={format}
            className="button small"
            disabled={total === 0}
            title={t.exportTitle(format, some)}
            onClick={() => void exportHistory(format, some)}
          >
            {strings.formats[format]}
          </ActionButton>
        ))}
      </div>
      <ActionButton
        className="button small danger"
        disabled={!some}
        onClick={() => askRemove(true)}
      >
        {t.removeButton}
      </ActionButton>
      {confirming && <RemoveConfirm count={count} onClose={() => askRemove(false)} />}
    </div>
  );
}
