import { create } from 'zustand';
import type { AltText } from '../../../../shared/alt';
import type { JobId } from '../../../../shared/jobs';

/** What the alt text dialog is editing: rows of the list, or one upload in History. */
export type AltTarget =
  | { readonly kind: 'rows'; readonly ids: readonly JobId[]; readonly current?: AltText }
  | { readonly kind: 'history'; readonly id: number; readonly current?: AltText };

interface AltState {
  /** Null while the dialog is closed. */
  readonly target: AltTarget | null;
  readonly saving: boolean;
}

export const useAlt = create<AltState>(() => ({ target: null, saving: false }));
