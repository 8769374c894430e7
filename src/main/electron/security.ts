import { app, session, shell, type WebContents } from 'electron';
import { isOpenableLink } from '../core/shell/links';
import { allowPermission } from '../core/shell/trust';

/**
 * Locks down every web contents the app creates: no navigation away from our page, no new
 * windows, no <webview>, and no permission but the clipboard write that Copy needs, for our own
 * window at our own origin. `isOurs` says whether a web contents is our main window's.
 */
export function setupSecurity(
  isTrustedUrl: (url: string) => boolean,
  isOurs: (contents: WebContents | null) => boolean,
): void {
  session.defaultSession.setPermissionRequestHandler((contents, permission, callback, details) =>
    callback(
      allowPermission(
        { permission, url: details.requestingUrl, fromOurWindow: isOurs(contents) },
        isTrustedUrl,
      ),
    ),
  );
  session.defaultSession.setPermissionCheckHandler((contents, permission, requestingOrigin) =>
    allowPermission(
      { permission, url: requestingOrigin, fromOurWindow: isOurs(contents) },
      isTrustedUrl,
    ),
  );
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
