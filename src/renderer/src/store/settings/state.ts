import { create } from 'zustand';
import type { ConnectionResult } from '../../../../shared/contract';
import type { SettingsView } from '../../../../shared/settings';

interface SettingsState {
  readonly view: SettingsView | null;
  readonly saving: boolean;
  readonly testing: boolean;
  readonly testResult: ConnectionResult | null;
  /** The local test server is being started or stopped. */
  readonly switchingTestServer: boolean;
}

export const useSettings = create<SettingsState>(() => ({
  view: null,
  saving: false,
  testing: false,
  testResult: null,
  switchingTestServer: false,
}));
