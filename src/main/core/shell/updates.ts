/**
 * When the app looks for updates and when it may offer a restart. Pure rules; the Electron side
 * (electron-updater, the dialog) is src/main/electron/updater.ts.
 */

/** Where updates come from, or why there are none. */
export type UpdateSource =
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'built-in' }
  | { readonly kind: 'off'; readonly reason: string };

/** What decides the update source. */
export interface UpdateSourceFacts {
  /** Running from an installed package (never true under `npm start` or `npm run dev`). */
  readonly packaged: boolean;
  /** The UPDATE_URL environment variable, which overrides the built-in feed. */
  readonly envUrl: string | undefined;
  /** The package was built with a feed (electron-builder wrote app-update.yml). */
  readonly builtInFeed: boolean;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The update feed to use: UPDATE_URL, else the one built into the package, else none. */
export function updateSource(facts: UpdateSourceFacts): UpdateSource {
  if (!facts.packaged) return { kind: 'off', reason: 'the app is not packaged' };
  const env = facts.envUrl?.trim() ?? '';
  if (env !== '') {
    let url: URL;
    try {
      url = new URL(env);
    } catch {
      return { kind: 'off', reason: 'UPDATE_URL is not a URL' };
    }
    const secure =
      url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
    if (!secure || url.username !== '' || url.password !== '') {
      return { kind: 'off', reason: 'UPDATE_URL must be an https URL without credentials' };
    }
    return { kind: 'url', url: url.toString() };
  }
  if (facts.builtInFeed) return { kind: 'built-in' };
  return { kind: 'off', reason: 'no update feed is configured' };
}

/** What the restart rule looks at. */
export interface RestartFacts {
  /** The version downloaded and ready to install, or null. */
  readonly downloadedVersion: string | null;
  /** A batch is queued, processing or uploading. */
  readonly batchActive: boolean;
  /** The offer is on screen or was answered "Later". */
  readonly alreadyOffered: boolean;
}

/** `offer`: show "Restart to update" now; `wait`: ask again when the batch ends; `nothing`. */
export type RestartDecision = 'offer' | 'wait' | 'nothing';

/** Whether to offer "Restart to update": only with an update ready and no batch running. */
export function restartDecision(facts: RestartFacts): RestartDecision {
  if (facts.downloadedVersion === null || facts.alreadyOffered) return 'nothing';
  return facts.batchActive ? 'wait' : 'offer';
}
