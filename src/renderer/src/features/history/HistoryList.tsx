import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useHistory } from '../../store/history/state';
import { askRemove, showRows } from '../../store/history/actions';
import { selectedCount } from '../../store/history/selectors';
import { copySelection } from '../../store/history/actions';
import { HistoryRow } from './HistoryRow';
import { historyKeyTarget } from './history-keys';
import { strings } from '../../../../shared/strings';

const ROW_HEIGHT = 64;

/**
 * Every matching upload, newest first. Only the rows on screen exist in the page, and only the
 * pages around them are fetched, so 100,000 uploads scroll like 100. From a row's checkbox or
 * buttons, the arrow keys (and Home, End, PageUp, PageDown) move to another row's checkbox,
 * Space ticks it (Shift+Space a range), Ctrl/Cmd+C copies the selection's links and Delete asks
 * to remove the selection from the history.
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
  /**
   * Put the focus on row `index`'s checkbox: at once when the row is in the page (so quick keys
   * act on the row they were meant for), else once scrolling has brought it and its entry in.
   */
  const focusRow = (index: number, tries = 60): void => {
    const box = scroller.current?.querySelector<HTMLInputElement>(
      `[data-index="${index}"] input[type="checkbox"]`,
    );
    if (box) {
      box.focus();
      return;
    }
    virtualizer.scrollToIndex(index, { align: 'auto' });
    if (tries > 0) requestAnimationFrame(() => focusRow(index, tries - 1));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const row = (e.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!row) return;
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      askRemove(true);
      return;
    }
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1);
    const target = historyKeyTarget(e.key, Number(row.dataset.index), total, page);
    if (target === null) return;
    e.preventDefault();
    focusRow(target);
  };
  return (
    <div
      className="list history-list"
      ref={scroller}
      role="list"
      aria-label={strings.history.listLabel}
      data-testid="history-list"
      onKeyDown={onKeyDown}
      onCopy={(e) => {
        // Ctrl/Cmd+C on a row copies the selected uploads' links, like "Copy as URL".
        if (selectedCount(useHistory.getState()) === 0) return;
        e.preventDefault();
        void copySelection('url');
      }}
    >
      <div className="list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => (
          <div
            key={item.key}
            className="list-slot"
            role="listitem"
            data-index={item.index}
            style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
          >
            <HistoryRow index={item.index} />
          </div>
        ))}
      </div>
    </div>
  );
}
