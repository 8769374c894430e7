/**
 * The private key and the servers it may go to. A key is bound to the origins of the upload
 * and API addresses set when it was saved; if either address later points elsewhere (changed in
 * Settings, or edited on disk while the app was closed), the key is forgotten rather than sent
 * there. The origins are sealed together with the key in the secret store, so they get the same
 * protection as the key itself.
 */
import type {
  ConnectionSettings,
  KeyForgotten,
  KeyKeeping,
  SecretProtection,
  SecretStatus,
} from '../../../shared/settings';
import type { SecretStore } from '../ports';

interface BoundKey {
  readonly key: string;
  /** null for a key saved before keys were bound to servers. */
  readonly origins: readonly string[] | null;
}

/** The origins (scheme, host and port) a key for these connection settings is sent to. */
export function keyOrigins(connection: ConnectionSettings): string[] {
  return [...new Set([connection.uploadUrl, connection.apiUrl].map((u) => new URL(u).origin))];
}

/** The key and its origins as one string for the secret store. */
export function sealKey(key: string, origins: readonly string[]): string {
  return JSON.stringify({ v: 1, key, origins });
}

/** Reads what sealKey wrote; anything else is a key stored by an older version, unbound. */
export function unsealKey(stored: string): BoundKey {
  if (stored.startsWith('{')) {
    try {
      const value = JSON.parse(stored) as { v?: unknown; key?: unknown; origins?: unknown };
      if (
        value.v === 1 &&
        typeof value.key === 'string' &&
        Array.isArray(value.origins) &&
        value.origins.every((o) => typeof o === 'string')
      ) {
        return { key: value.key, origins: value.origins as string[] };
      }
    } catch {
      // Not ours: fall through and treat the text as a bare key.
    }
  }
  return { key: stored, origins: null };
}

/** Holds the key for the service: saved (in the SecretStore) or for this session only. */
export class KeyKeeper {
  private session: BoundKey | null = null;
  private forgotten: KeyForgotten | null = null;

  constructor(private readonly store: SecretStore) {}

  /** Keep `key` for `origins`, or forget it with null. */
  set(key: string | null, origins: readonly string[], keeping: KeyKeeping = 'saved'): void {
    if (key !== null && keeping === 'saved') {
      this.store.set(sealKey(key, origins));
      this.session = null;
    } else {
      // A session key replaces a saved one, so no older key lingers on disk.
      this.store.set(null);
      this.session = key === null ? null : { key, origins: [...origins] };
    }
    this.forgotten = null;
  }

  /**
   * The key, if it was saved for every one of `origins`. A key bound to other servers is
   * forgotten here, whoever asks; a key from before binding is bound to `origins` now.
   */
  keyFor(origins: readonly string[]): string | null {
    const bound = this.current();
    if (!bound) return null;
    if (bound.origins === null) {
      this.rebind(bound.key, origins);
      return bound.key;
    }
    if (origins.every((o) => bound.origins?.includes(o))) return bound.key;
    this.session = null;
    this.store.set(null);
    this.forgotten = 'host-changed';
    return null;
  }

  /** What the renderer may know: whether a key is set, how and why it went. */
  status(protection: SecretProtection): SecretStatus {
    const keeping: KeyKeeping | null = this.session
      ? 'session'
      : this.store.get() !== null
        ? 'saved'
        : null;
    return { set: keeping !== null, protection, keeping, forgotten: this.forgotten };
  }

  private current(): BoundKey | null {
    if (this.session) return this.session;
    const stored = this.store.get();
    return stored === null ? null : unsealKey(stored);
  }

  private rebind(key: string, origins: readonly string[]): void {
    try {
      this.store.set(sealKey(key, origins));
    } catch {
      // The store cannot write now (no encryption): the key stays unbound until it can.
    }
  }
}
