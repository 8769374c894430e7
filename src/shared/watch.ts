/** Watch folders: what Settings keeps for each, and where each stands. */

/** One watched folder and where its files go. */
export interface WatchFolder {
  /** The folder on this computer, absolute. */
  readonly path: string;
  /** The destination folder on ImageKit, e.g. "/exports". */
  readonly folder: string;
  readonly tags: readonly string[];
  /** Off keeps the entry without watching. */
  readonly enabled: boolean;
}

/** How many folders may be watched at once. */
export const MAX_WATCH_FOLDERS = 10;

/** Where one watch folder stands, for Settings and the header. */
export type WatchStatus =
  | { readonly path: string; readonly state: 'off' }
  | {
      readonly path: string;
      readonly state: 'watching';
      /** Images that were there when watching started, waiting for "upload them / leave them". */
      readonly waiting: number;
      /** Files this watch has added since it started. */
      readonly added: number;
    }
  | { readonly path: string; readonly state: 'failed'; readonly message: string };

/** What Settings may change about a watch folder that is already in the list. */
export interface WatchFolderChange {
  readonly folder?: string;
  readonly tags?: readonly string[];
  readonly enabled?: boolean;
}

/** The watch folders as Settings keeps them. */
export interface WatchSettings {
  readonly folders: readonly WatchFolder[];
}

/** What a watch reports once the files it added have all finished (for a notification). */
export interface WatchReport {
  /** The watched folder. */
  readonly path: string;
  /** Files uploaded (not counting those the history already had). */
  readonly uploaded: number;
  /** Files skipped because the same picture had been uploaded before. */
  readonly skipped: number;
  readonly failed: number;
}
