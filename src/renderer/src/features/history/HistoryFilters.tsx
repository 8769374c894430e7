import { useHistory, setHistoryFilters } from '../../store/history';
import { isFiltered, NO_FILTERS } from '../../store/history-paging';

/** Search by name, and narrow by folder and by the day of upload. */
export function HistoryFilters() {
  const filters = useHistory((s) => s.filters);
  const folders = useHistory((s) => s.folders);
  return (
    <div className="history-filters" role="search">
      <label className="history-field grow">
        <span>Search by name</span>
        <input
          type="search"
          value={filters.search}
          placeholder="e.g. harbour"
          maxLength={200}
          onChange={(e) => void setHistoryFilters({ search: e.target.value })}
        />
      </label>
      <label className="history-field">
        <span>Folder</span>
        <select
          value={filters.folder}
          onChange={(e) => void setHistoryFilters({ folder: e.target.value })}
        >
          <option value="">All folders</option>
          {folders.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
      </label>
      <label className="history-field">
        <span>From</span>
        <input
          type="date"
          value={filters.from}
          max={filters.to || undefined}
          onChange={(e) => void setHistoryFilters({ from: e.target.value })}
        />
      </label>
      <label className="history-field">
        <span>To</span>
        <input
          type="date"
          value={filters.to}
          min={filters.from || undefined}
          onChange={(e) => void setHistoryFilters({ to: e.target.value })}
        />
      </label>
      <button
        type="button"
        className="button ghost small"
        disabled={!isFiltered(filters)}
        onClick={() => void setHistoryFilters(NO_FILTERS)}
      >
        Clear filters
      </button>
    </div>
  );
}
