/**
 * Who may talk to main. Pure functions, so the rules the Electron edge applies are tested in
 * plain Node.
 */

/** A check that a URL belongs to our own page: the same file, or the same dev-server origin. */
export function urlTrust(rendererUrl: string): (url: string) => boolean {
  const ours = new URL(rendererUrl);
  return (url) => {
    let other: URL;
    try {
      other = new URL(url);
    } catch {
      return false;
    }
    if (ours.protocol === 'file:') {
      return other.protocol === 'file:' && other.pathname === ours.pathname;
    }
    return other.origin === ours.origin;
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
