export interface HistoryVariant {
  readonly url: string;
  readonly fileId: string;
  readonly filePath: string;
  readonly width: number;
  readonly height: number;
  readonly bytes: number;
}
export interface HistoryEntry {
  readonly id: number; // database row id
  readonly source: string; // absolute source path at upload time
  readonly name: string; // source base name
  readonly sha256: string; // hex sha256 of the source file's bytes
  readonly presetsHash: string; // hash of the presets that made the variants
  readonly origin: string; // upload origin, e.g. "https://upload.imagekit.io"
  readonly folder: string; // destination folder, e.g. "/" or "/blog"
  readonly uploadedAt: number; // ms since epoch
  readonly main: HistoryVariant;
  readonly thumb: HistoryVariant;
}
export interface HistoryQuery {
  readonly search?: string; // case-insensitive substring of the name
  readonly folder?: string; // exact folder
  readonly from?: number; // uploadedAt >= from (ms)
  readonly to?: number; // uploadedAt < to (ms)
  readonly offset?: number; // default 0
  readonly limit?: number; // default 200, max 1000
}
export interface HistoryPage {
  readonly total: number; // matches for the query, ignoring offset/limit
  readonly entries: readonly HistoryEntry[]; // newest first
  readonly folders: readonly string[]; // every distinct folder in the history (for the filter)
}
export type HistoryExportFormat = 'csv' | 'json';
export interface HistoryExportRequest {
  readonly ids?: readonly number[]; // a selection; when absent, everything matching `query`
  readonly query?: HistoryQuery;
  readonly format: HistoryExportFormat;
}
export type HistoryExportResult =
  | { readonly ok: true; readonly path: string; readonly count: number }
  | { readonly ok: false; readonly cancelled: true };
