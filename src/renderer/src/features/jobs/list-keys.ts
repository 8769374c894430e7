/** The Uploads list's keyboard: which key does what, worked out apart from the DOM to be tested. */
import type { JobId } from '../../../../shared/jobs';
import { EMPTY_SELECTION, type MoveMode, type Selection } from '../../store/selection/state';
import { activeIndex } from '../../store/selection/selectors';
import { moveTo, selectAll, toggle } from '../../store/selection/changes';

/** What a key press asks of the list. */
export type ListKeyAction =
  | { readonly kind: 'move'; readonly by: number | 'first' | 'last'; readonly mode: MoveMode }
  | { readonly kind: 'toggle' }
  | { readonly kind: 'select-all' }
  | { readonly kind: 'remove' }
  | { readonly kind: 'clear' };

/** The parts of a keyboard event the list reads. */
export interface KeyPress {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

/**
 * The action for a key, or null for keys the list leaves alone (Tab, letters, Ctrl+C, which the
 * copy event handles). `page` is how many rows PageUp and PageDown move.
 */
export function listKeyAction(e: KeyPress, mac: boolean, page: number): ListKeyAction | null {
  if (e.altKey) return null;
  const mod = mac ? e.metaKey : e.ctrlKey;
  const mode: MoveMode = e.shiftKey ? 'extend' : mod ? 'focus' : 'replace';
  switch (e.key) {
    case 'ArrowDown':
      return { kind: 'move', by: 1, mode };
    case 'ArrowUp':
      return { kind: 'move', by: -1, mode };
    case 'PageDown':
      return { kind: 'move', by: page, mode };
    case 'PageUp':
      return { kind: 'move', by: -page, mode };
    case 'Home':
      return { kind: 'move', by: 'first', mode };
    case 'End':
      return { kind: 'move', by: 'last', mode };
    case ' ':
      return e.shiftKey ? null : { kind: 'toggle' };
    case 'Delete':
    case 'Backspace':
      return e.shiftKey ? null : { kind: 'remove' };
    case 'Escape':
      return { kind: 'clear' };
    case 'a':
    case 'A':
      return mod && !e.shiftKey ? { kind: 'select-all' } : null;
    default:
      return null;
  }
}

/** Where a move lands; from no row, a step down starts at the top and a step up at the bottom. */
function moveTarget(by: number | 'first' | 'last', at: number, count: number): number {
  if (by === 'first') return 0;
  if (by === 'last') return count - 1;
  if (at === -1) return by > 0 ? 0 : count - 1;
  return at + by;
}

/** The selection after a key that changes it (every action but remove), over the rows `ids`. */
export function selectionAfter(
  sel: Selection,
  action: Exclude<ListKeyAction, { kind: 'remove' }>,
  ids: readonly JobId[],
): Selection {
  switch (action.kind) {
    case 'move':
      return moveTo(
        sel,
        ids,
        moveTarget(action.by, activeIndex(sel, ids), ids.length),
        action.mode,
      );
    case 'toggle': {
      const id = sel.active ?? ids[0];
      return id === undefined ? sel : toggle(sel, id);
    }
    case 'select-all':
      return selectAll(ids, sel);
    case 'clear':
      return { ...EMPTY_SELECTION, active: sel.active };
  }
}
