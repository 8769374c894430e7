import { app, session, shell, type WebContents } from 'electron';
import { isOpenableLink } from '../core/links';

/**
 * Locks down every web contents the app creates: no navigation away from our page, no new
 * windows, no permission prompts, no <webview>.
 */
export function setupSecurity(isTrustedUrl: (url: string) => boolean): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isTrustedUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isTrustedUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

/**
 * Open a link in the user's browser. Core allowlists every link before it gets here; the scheme
 * is checked again so that no other caller, and no slip in the allowlist, can hand the OS a
 * file:, smb: or custom-protocol URL.
 */
export async function openExternal(url: string): Promise<void> {
  if (!isOpenableLink(url)) {
    throw new Error('Refused to open a link that is not an https:// address.');
  }
  await shell.openExternal(url);
}
