import { create } from 'zustand';
import type { BatchDestination } from '../../../../shared/jobs';

interface DestinationState {
  /** Set while the chooser is open; called once with the choice, or null for Cancel. */
  readonly answer: ((choice: BatchDestination | null) => void) | null;
}

export const useDestination = create<DestinationState>(() => ({ answer: null }));
