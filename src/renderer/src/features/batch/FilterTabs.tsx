import { countWhere, isInProgress } from '../../../../shared/jobs';
import { useJobs } from '../../store/jobs/state';
import { useUi, type ListFilter } from '../../store/ui/state';
import { setFilter } from '../../store/ui/actions';
import { strings } from '../../../../shared/strings';

/** Narrow the list to what needs attention. */
export function FilterTabs() {
  const counts = useJobs((s) => s.summary.counts);
  const total = useJobs((s) => s.summary.total);
  const filter = useUi((s) => s.filter);
  const tabs: Array<{ key: ListFilter; label: string; count: number }> = [
    { key: 'all', label: strings.tabs.all, count: total },
    { key: 'active', label: strings.tabs.active, count: countWhere(counts, isInProgress) },
    { key: 'failed', label: strings.tabs.failed, count: counts.failed },
    { key: 'done', label: strings.tabs.done, count: counts.done },
  ];
  return (
    <div className="tabs" role="tablist" aria-label={strings.tabs.label}>
      {tabs.map((t) => (
        <button
          key={t.key}
          type="button"
          role="tab"
          aria-selected={filter === t.key}
          className={`tab ${filter === t.key ? 'selected' : ''} ${t.key === 'failed' && t.count > 0 ? 'alert' : ''}`}
          onClick={() => setFilter(t.key)}
        >
          {t.label} <span className="tab-count">{t.count}</span>
        </button>
      ))}
    </div>
  );
}
