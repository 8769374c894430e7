import { useEffect } from 'react';
import { reloadHistory, useHistory } from '../../store/history';
import { isFiltered } from '../../store/history-paging';
import { HistoryFilters } from './HistoryFilters';
import { HistoryList } from './HistoryList';
import { HistorySelectionBar } from './HistorySelectionBar';
import '../../styles/history.css';

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
            <h2>No uploads yet</h2>
            <p className="muted">
              Every file you upload appears here with its links, so you can find, copy or export
              them later, even after the app was closed.
            </p>
          </div>
        </div>
      ) : (
        <>
          <HistoryFilters />
          <HistorySelectionBar />
          {loaded && total === 0 ? (
            <p className="list-empty muted">No uploads match these filters.</p>
          ) : (
            <HistoryList />
          )}
        </>
      )}
    </div>
  );
}
