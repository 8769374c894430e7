import { useEffect } from 'react';
import { useHistory } from '../../store/history/state';
import { reloadHistory } from '../../store/history/actions';
import { isFiltered } from '../../store/history/filters';
import { HistoryFilters } from './HistoryFilters';
import { HistoryList } from './HistoryList';
import { HistorySelectionBar } from './HistorySelectionBar';
import '../../styles/history.css';
import { strings } from '../../../../shared/strings';

/** Every upload ever made on this computer: search, filter, copy, export, forget. */
export function HistoryView() {
  const loaded = useHistory((s) => s.loaded);
  const total = useHistory((s) => s.total);
  const filtered = useHistory((s) => isFiltered(s.filters));
  // Fresh on every visit: uploads finished since the last one appear at the top.
  useEffect(() => void reloadHistory(), []);
  const empty = loaded && total === 0 && !filtered;
  return (
    <div className="history" aria-busy={!loaded}>
      {empty ? (
        <div className="empty">
          <div className="empty-card" data-testid="history-empty">
            <h2>{strings.history.emptyTitle}</h2>
            <p className="muted">{strings.history.emptyText}</p>
          </div>
        </div>
      ) : (
        <>
          <HistoryFilters />
          <HistorySelectionBar />
          {loaded && total === 0 ? (
            <p className="list-empty muted">{strings.history.noMatch}</p>
          ) : (
            <HistoryList />
          )}
        </>
      )}
    </div>
  );
}
