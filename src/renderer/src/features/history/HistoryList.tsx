import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { showRows, useHistory } from '../../store/history';
import { HistoryRow } from './HistoryRow';
import { strings } from '../../../../shared/strings';

const ROW_HEIGHT = 64;

/**
 * Every matching upload, newest first. Only the rows on screen exist in the page, and only the
 * pages around them are fetched, so 100,000 uploads scroll like 100.
 */
export function HistoryList() {
  const total = useHistory((s) => s.total);
  const generation = useHistory((s) => s.generation);
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    void showRows(first, last);
  }, [first, last, generation, total]);
  // A new search starts at the top.
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [generation]);
  return (
    <div
      className="list history-list"
      ref={scroller}
      role="list"
      aria-label={strings.history.listLabel}
      data-testid="history-list"
    >
      <div className="list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => (
          <div
            key={item.key}
            className="list-slot"
            role="listitem"
            style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
          >
            <HistoryRow index={item.index} />
          </div>
        ))}
      </div>
    </div>
  );
}
