import { useJobs } from '../../store/jobs/state';
import { EmptyState } from '../drop/EmptyState';
import { JobList } from './JobList';
import { SelectionBar } from './SelectionBar';

/** The list, or how to start when there is nothing yet. */
export function JobsArea() {
  const count = useJobs((s) => s.order.length);
  const loaded = useJobs((s) => s.loaded);
  if (!loaded) return <div className="jobs" aria-busy="true" />;
  return (
    <div className="jobs">
      {count === 0 ? (
        <EmptyState />
      ) : (
        <>
          <SelectionBar />
          <JobList />
        </>
      )}
    </div>
  );
}
