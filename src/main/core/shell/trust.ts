/**
 * Who may talk to main. Pure functions, so the rules the Electron edge applies are tested in
 * plain Node.
 */

/**
 * Same scheme, host and port, compared as exact strings, and no credentials. Origins are not
 * compared with `URL.origin`: for custom schemes such as app:// and for file:// it is "null",
 * which would make every such URL equal.
 */
function sameEndpoint(ours: URL, other: URL): boolean {
  return (
    other.protocol === ours.protocol &&
    other.hostname === ours.hostname &&
    other.port === ours.port &&
    other.username === '' &&
    other.password === ''
  );
}

/**
 * A check that a URL belongs to our own page: the app:// origin or the dev-server origin, or,
 * for a page loaded from disk, the same file on the local machine.
 */
export function urlTrust(rendererUrl: string): (url: string) => boolean {
  const ours = new URL(rendererUrl);
  return (url) => {
    let other: URL;
    try {
      other = new URL(url);
    } catch {
      return false;
    }
    if (!sameEndpoint(ours, other)) return false;
    // A file:// origin is opaque: every file shares it, so only our own file counts.
    if (ours.protocol === 'file:') return other.pathname === ours.pathname;
    return true;
  };
}

/** What an IPC handler knows about the caller. */
export interface SenderFacts {
  /** The call came from our window's web contents. */
  readonly fromOurWindow: boolean;
  /** It came from that window's top frame (not an iframe). */
  readonly fromTopFrame: boolean;
  /** The frame's current URL, or null when the frame is gone. */
  readonly frameUrl: string | null;
}

/** Whether a call may reach the service. */
export function isTrustedSender(
  facts: SenderFacts,
  isTrustedUrl: (url: string) => boolean,
): boolean {
  return (
    facts.fromOurWindow &&
    facts.fromTopFrame &&
    facts.frameUrl !== null &&
    isTrustedUrl(facts.frameUrl)
  );
}

/** Facts about one permission request or check from a web page. */
export interface PermissionAsk {
  readonly permission: string;
  /** The URL (or origin) of the frame that asks. */
  readonly url: string;
  /** It comes from our own window's web contents. */
  readonly fromOurWindow: boolean;
}

/**
 * Only our own page, at our own origin, may write the clipboard (every Copy in the app needs
 * Electron's `clipboard-sanitized-write`); every other permission, and any other page, is denied.
 */
export function allowPermission(
  ask: PermissionAsk,
  isTrustedUrl: (url: string) => boolean,
): boolean {
  return (
    ask.permission === 'clipboard-sanitized-write' && ask.fromOurWindow && isTrustedUrl(ask.url)
  );
}
