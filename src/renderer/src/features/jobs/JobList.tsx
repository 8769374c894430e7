import { useEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import type { JobId } from '../../../../shared/jobs';
import { useJobs } from '../../store/jobs/state';
import { useUi } from '../../store/ui/state';
import { useSelection } from '../../store/selection/state';
import { activeIndex, selectedInOrder } from '../../store/selection/selectors';
import { updateSelection } from '../../store/selection/actions';
import { JobRow } from './JobRow';
import { visibleIds } from '../../store/jobs/selectors';
import { listKeyAction, selectionAfter } from './list-keys';
import { linksOf, notifyCopied, removeRows } from '../../store/jobs/actions';
import { clickSelection } from './click-selection';
import { strings } from '../../../../shared/strings';

const ROW_HEIGHT = 72;

/** The element id of a row, for aria-activedescendant. */
export const rowElementId = (id: JobId): string => `job-row-${id}`;

/**
 * Every file, one row each; only the rows on screen are rendered, so 5,000 files stay smooth.
 * It is an ARIA grid with one tab stop: the arrow keys move the active row (the list keeps the
 * focus, so a row scrolled out of the DOM cannot take it along), and Tab continues into the
 * active row's buttons.
 */
export function JobList() {
  const order = useJobs((s) => s.order);
  const filter = useUi((s) => s.filter);
  // The full map changes with every update; only a filtered view needs it.
  const byId = useJobs((s) => (filter === 'all' ? null : s.byId));
  const ids = useMemo(
    () => (byId ? visibleIds(order, byId, filter) : order),
    [order, byId, filter],
  );
  const active = useSelection((s) => s.active);
  const scroller = useRef<HTMLDivElement>(null);
  const activeAt = active === null ? -1 : ids.indexOf(active);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => ids[index] ?? index,
    // The active row stays in the page even when scrolled away: aria-activedescendant names it.
    rangeExtractor: (range) => {
      const shown = defaultRangeExtractor(range);
      if (activeAt < 0 || shown.includes(activeAt)) return shown;
      return [...shown, activeAt].sort((a, b) => a - b);
    },
  });
  useEffect(() => {
    if (activeAt >= 0) virtualizer.scrollToIndex(activeAt, { align: 'auto' });
  }, [activeAt, virtualizer]);
  if (ids.length === 0) {
    return <p className="list-empty muted">{strings.jobs.nothingHere}</p>;
  }
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1);
    const action = listKeyAction(e, navigator.platform.startsWith('Mac'), page);
    if (!action) return;
    // Keys pressed on a row's button belong to the button, except those that move the rows.
    const onButton = e.target !== e.currentTarget;
    if (onButton && action.kind !== 'move') return;
    e.preventDefault();
    if (onButton) scroller.current?.focus();
    if (action.kind === 'remove') {
      void removeRows(selectedInOrder(useSelection.getState(), ids));
    } else {
      updateSelection((sel) => selectionAfter(sel, action, ids));
    }
  };
  const onClick = (e: MouseEvent<HTMLDivElement>): void => {
    const id = clickSelection(e, ids);
    if (id !== null) scroller.current?.focus({ preventScroll: true });
  };
  return (
    <div
      className="list"
      ref={scroller}
      role="grid"
      aria-label={strings.jobs.label}
      aria-multiselectable="true"
      aria-rowcount={ids.length}
      aria-activedescendant={activeAt >= 0 && active !== null ? rowElementId(active) : undefined}
      tabIndex={0}
      data-testid="job-list"
      onKeyDown={onKeyDown}
      onClick={onClick}
      onFocus={(e) => {
        // Arriving by Tab puts the keyboard on the first row, so the arrows have somewhere to go.
        // (A click picks its own row; moving there first would scroll the list away.)
        const byKeyboard = e.currentTarget.matches(':focus-visible');
        const lost = activeIndex(useSelection.getState(), ids) === -1;
        if (e.target === e.currentTarget && byKeyboard && lost) {
          updateSelection((sel) => ({ ...sel, active: ids[0] ?? null }));
        }
      }}
      onCopy={(e) => {
        const selected = selectedInOrder(useSelection.getState(), ids);
        if (selected.length === 0) return;
        const links = linksOf(selected);
        if (links === null) return;
        e.clipboardData.setData('text/plain', links.join('\n'));
        e.preventDefault();
        notifyCopied(links.length);
      }}
    >
      <div className="list-inner" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const id = ids[item.index];
          if (!id) return null;
          return (
            <JobRow
              key={item.key}
              id={id}
              index={item.index}
              top={item.start}
              height={ROW_HEIGHT}
              domId={rowElementId(id)}
            />
          );
        })}
      </div>
    </div>
  );
}
