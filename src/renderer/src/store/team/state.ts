import { create } from 'zustand';
import type { TeamCheckView } from '../../../../shared/team-check';

interface TeamCheckState {
  /** Where the team duplicate check stands; null until main answered. */
  readonly view: TeamCheckView | null;
  /** The field is being created. */
  readonly settingUp: boolean;
}

export const useTeamCheck = create<TeamCheckState>(() => ({ view: null, settingUp: false }));
