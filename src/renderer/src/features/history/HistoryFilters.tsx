import { useHistory } from '../../store/history/state';
import { setHistoryFilters } from '../../store/history/actions';
import { isFiltered, NO_FILTERS } from '../../store/history/filters';
import { HISTORY_SEARCH_MAX } from '../../../../shared/limits';
import { strings } from '../../../../shared/strings';

const t = strings.history;

/** The two day fields; each bounds its input by the other so the range cannot be reversed. */
const DAY_FIELDS = [
  { key: 'from', label: t.from, bound: 'max', other: 'to', patch: (from: string) => ({ from }) },
  { key: 'to', label: t.to, bound: 'min', other: 'from', patch: (to: string) => ({ to }) },
] as const;

/** Search by name, and narrow by folder and by the day of upload. */
export function HistoryFilters() {
  const filters = useHistory((s) => s.filters);
  const folders = useHistory((s) => s.folders);
  return (
    <div className="history-filters" role="search">
      <label className="history-field grow">
        <span>{t.searchLabel}</span>
        <input
          type="search"
          value={filters.search}
          placeholder={t.searchPlaceholder}
          maxLength={HISTORY_SEARCH_MAX}
          onChange={(e) => void setHistoryFilters({ search: e.target.value })}
        />
      </label>
      <label className="history-field">
        <span>{t.folder}</span>
        <select
          value={filters.folder}
          onChange={(e) => void setHistoryFilters({ folder: e.target.value })}
        >
          <option value="">{t.allFolders}</option>
          {folders.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
      </label>
      {DAY_FIELDS.map((d) => (
        <label key={d.key} className="history-field">
          <span>{d.label}</span>
          <input
            type="date"
            value={filters[d.key]}
            {...{ [d.bound]: filters[d.other] || undefined }}
            onChange={(e) => void setHistoryFilters(d.patch(e.target.value))}
          />
        </label>
      ))}
      <button
        type="button"
        className="button ghost small"
        disabled={!isFiltered(filters)}
        onClick={() => void setHistoryFilters(NO_FILTERS)}
      >
        {t.clearFilters}
      </button>
    </div>
  );
}
