import { create } from 'zustand';
import type { JobId } from '../../../../shared/jobs';

/** Which rows of the Uploads list are selected, and which one the keyboard is on. */
export interface Selection {
  readonly selected: ReadonlySet<JobId>;
  /** The row the arrow keys move from (shown with a focus ring while the list has focus). */
  readonly active: JobId | null;
  /** Where Shift+arrow and Shift+click ranges start. */
  readonly anchor: JobId | null;
}

/** How a move changes the selection: replace it, extend it from the anchor, or leave it. */
export type MoveMode = 'replace' | 'extend' | 'focus';

export const EMPTY_SELECTION: Selection = { selected: new Set(), active: null, anchor: null };

export const useSelection = create<Selection>(() => EMPTY_SELECTION);
