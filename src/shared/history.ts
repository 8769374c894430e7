/**
 * The upload history: every file ever uploaded, kept on this computer so its links can be found,
 * copied and exported later. Removing an entry only forgets it here; nothing is deleted on ImageKit.
 */
import type { AltText } from './alt';
import type { CustomValues } from './custom-metadata';
export interface HistoryVariant {
  readonly url: string;
  readonly fileId: string;
  readonly filePath: string;
  readonly width: number;
  readonly height: number;
  readonly bytes: number;
}

export interface HistoryEntry {
  /** Database row id. */
  readonly id: number;
  /** Absolute source path at upload time. */
  readonly source: string;
  /** Source base name. */
  readonly name: string;
  /** Hex sha256 of the source file's bytes. */
  readonly sha256: string;
  /** Hash of the presets that made the variants. */
  readonly presetsHash: string;
  /** Upload origin, e.g. "https://upload.imagekit.io". */
  readonly origin: string;
  /** Destination folder, e.g. "/" or "/blog". */
  readonly folder: string;
  /** Milliseconds since the epoch. */
  readonly uploadedAt: number;
  readonly main: HistoryVariant;
  readonly thumb: HistoryVariant;
  /** The batch's name when an integration added the file (e.g. "PicGo server"). */
  readonly batch?: string;
  /** The source was animated: the variants are its first frame only. */
  readonly animated?: boolean;
  /** The alt text it went up with (its ImageKit description), or the decorative mark. */
  readonly alt?: AltText;
  /** The custom metadata values it went up with. */
  readonly customMetadata?: CustomValues;
}

export interface HistoryQuery {
  /** Case-insensitive substring of the name. */
  readonly search?: string;
  /** Exact folder. */
  readonly folder?: string;
  /** uploadedAt >= from (ms). */
  readonly from?: number;
  /** uploadedAt < to (ms). */
  readonly to?: number;
  /** Default 0. */
  readonly offset?: number;
  /** Default 200, max 1000. */
  readonly limit?: number;
}

export interface HistoryPage {
  /** Matches for the query, ignoring offset/limit. */
  readonly total: number;
  /** Newest first. */
  readonly entries: readonly HistoryEntry[];
  /** Every distinct folder in the history (for the filter). */
  readonly folders: readonly string[];
}

export type HistoryExportFormat = 'csv' | 'json';

export interface HistoryExportRequest {
  /** A selection; when absent, everything matching `query`. */
  readonly ids?: readonly number[];
  readonly query?: HistoryQuery;
  readonly format: HistoryExportFormat;
}

export type HistoryExportResult =
  | { readonly ok: true; readonly path: string; readonly count: number }
  | { readonly ok: false; readonly cancelled: true };

/** How many entries one query returns when it does not say. */
export const HISTORY_DEFAULT_LIMIT = 200;
/** The most entries one query may return. */
export const HISTORY_MAX_LIMIT = 1000;
