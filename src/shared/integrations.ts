/**
 * The local upload server that writing tools (Typora, Obsidian's image plugins) call with the
 * PicGo protocol. Its settings live with the others; its state is reported with the settings view.
 */

/** The port PicGo listens on, which Typora and Obsidian's plugins call by default. */
export const PICGO_DEFAULT_PORT = 36677;

/** Name of the batch that files sent through the local server join in the list. */
export const PICGO_BATCH_NAME = 'PicGo server';

export interface PicgoServerSettings {
  /** Off by default: nothing listens until the user turns it on. */
  readonly enabled: boolean;
  /** 1-65535; 0 asks the system for any free port (shown once listening). */
  readonly port: number;
  /** Requests must carry `?key=` with this value; empty means no key is asked. */
  readonly key: string;
}

export interface IntegrationSettings {
  readonly picgo: PicgoServerSettings;
}

/** Where the local server stands, shown under its switch. */
export type PicgoServerStatus =
  | { readonly state: 'off' }
  | { readonly state: 'listening'; readonly port: number }
  | { readonly state: 'failed'; readonly message: string };

export const DEFAULT_INTEGRATIONS: IntegrationSettings = {
  picgo: { enabled: false, port: PICGO_DEFAULT_PORT, key: '' },
};

/** Keys are letters, digits, - and _, so they survive a URL's query unescaped. */
export const PICGO_KEY_PATTERN = /^[A-Za-z0-9_-]{0,128}$/;

/**
 * The shortest key taken: 16 of 64 characters are 96 bits, beyond any guessing through a local
 * server that slows down wrong keys. Generated keys have 24.
 */
export const PICGO_KEY_MIN_LENGTH = 16;

/** What is wrong with a server key: characters outside the pattern, too short, or nothing. */
export function serverKeyProblem(key: string): 'chars' | 'short' | null {
  if (!PICGO_KEY_PATTERN.test(key)) return 'chars';
  if (key.length > 0 && key.length < PICGO_KEY_MIN_LENGTH) return 'short';
  return null;
}
