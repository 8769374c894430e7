import type { Settings, SettingsView } from './settings';

/** Whether uploads can start with these settings and key. */
export function isConnectionReady(settings: Settings, privateKeySet: boolean): boolean {
  const c = settings.connection;
  if (c.authMode === 'private-key') return privateKeySet;
  return c.authEndpoint !== '' && c.publicKey !== '';
}

/** The same check on the view the renderer holds. */
export function isViewReady(view: SettingsView): boolean {
  return isConnectionReady(view, view.privateKey.set);
}
