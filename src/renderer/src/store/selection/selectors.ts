import type { JobId } from '../../../../shared/jobs';
import type { Selection } from './state';

/** The index the keyboard is on, or -1 when it is on no row that is shown. */
export function activeIndex(sel: Selection, ids: readonly JobId[]): number {
  return sel.active === null ? -1 : ids.indexOf(sel.active);
}

/** The selected ids that are still shown, in list order. */
export function selectedInOrder(sel: Selection, ids: readonly JobId[]): JobId[] {
  return sel.selected.size === 0 ? [] : ids.filter((id) => sel.selected.has(id));
}
