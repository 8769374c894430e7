import { create } from 'zustand';
import type { SidecarReport } from '../../../../shared/sidecar';

interface SidecarState {
  /** The report on show, and how the person answers it (true: go on). */
  readonly report: SidecarReport | null;
  readonly answer: ((goOn: boolean) => void) | null;
}

export const useSidecar = create<SidecarState>(() => ({ report: null, answer: null }));
