import { useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useJobs } from '../../store/jobs';
import { useUi } from '../../store/ui';
import { JobRow } from './JobRow';
import { visibleIds } from './visibleIds';

const ROW_HEIGHT = 72;

/** Every file, one row each; only the rows on screen are rendered, so 5,000 files stay smooth. */
export function JobList() {
  const order = useJobs((s) => s.order);
  const filter = useUi((s) => s.filter);
  // The full map changes with every update; only a filtered view needs it.
  const byId = useJobs((s) => (filter === 'all' ? null : s.byId));
  const ids = useMemo(
    () => (byId ? visibleIds(order, byId, filter) : order),
    [order, byId, filter],
  );
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => ids[index] ?? index,
  });
  if (ids.length === 0) {
    return <p className="list-empty muted">Nothing here.</p>;
  }
  return (
    <div className="list" ref={scroller} role="list" aria-label="Files">
      <div className="list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const id = ids[item.index];
          if (!id) return null;
          return (
            <div
              key={item.key}
              className="list-slot"
              role="listitem"
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
            >
              <JobRow id={id} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
