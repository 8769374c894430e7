import { useEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import type { JobId } from '../../../../shared/jobs';
import { rankOf, useJobs } from '../../store/jobs/state';
import { useUi } from '../../store/ui/state';
import { useSelection } from '../../store/selection/state';
import { activeIndex, selectedInOrder } from '../../store/selection/selectors';
import { updateSelection } from '../../store/selection/actions';
import { JobRow } from './JobRow';
import { shownIds } from '../../store/jobs/selectors';
import { indexIn } from '../../store/jobs/sorted-ids';
import { listKeyAction, selectionAfter } from './list-keys';
import { linksOf, notifyCopied, removeRows } from '../../store/jobs/actions';
import { clickSelection } from './click-selection';
import { strings } from '../../../../shared/strings';

const ROW_HEIGHT = 72;

/** The element id of a row, for aria-activedescendant. */
export const rowElementId = (id: JobId): string => `job-row-${id}`;

/**
 * Every file, one row each; only the rows on screen are rendered, and an update or a scrolled
 * frame costs the same at 30,000 files as at 1,000.
 * It is an ARIA grid with one tab stop: the arrow keys move the active row (the list keeps the
 * focus, so a row scrolled out of the DOM cannot take it along), and Tab continues into the
 * active row's buttons.
 */
export function JobList() {
  const filter = useUi((s) => s.filter);
  // A new array only when rows come, go, or move between tabs: not on every update.
  const ids = useJobs((s) => shownIds(s, filter));
  const active = useSelection((s) => s.active);
  const scroller = useRef<HTMLDivElement>(null);
  // The list renders on every scrolled frame: a binary search, not a walk over every row.
  const activeAt = useMemo(
    () => (active === null ? -1 : indexIn(ids, active, rankOf)),
    [ids, active],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // Rows are keyed by index, the virtualizer's default: a key function made in each render
    // would make it rebuild the position of every row on every scrolled frame. React keys rows
    // by id below.
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
              key={id}
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
