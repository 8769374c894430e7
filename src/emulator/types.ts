import type { FieldRecord } from './metadata-fields';

/** A custom metadata field: `{id, name, label, schema}`. */
export type CustomMetadataFieldRecord = FieldRecord;

/** Faults the emulator injects into upload requests, to exercise a client's retry logic. */
export interface FaultOptions {
  /** Added before answering each API request (uploads, list, file delivery). */
  readonly latencyMs?: number;
  /** 0..1 share of uploads answered with a 5xx (500/502/503). */
  readonly serverErrorRate?: number;
  /** 0..1 share of uploads answered 429 with Retry-After and X-RateLimit-* headers. */
  readonly rateLimitRate?: number;
  /** Whole seconds for Retry-After (HTTP allows no fractions); default 1, 0 allowed. */
  readonly retryAfterSeconds?: number;
  /** 0..1 share of uploads whose socket is reset without an answer. */
  readonly resetRate?: number;
  /** 0..1 share of uploads that are never answered (until the client gives up). */
  readonly stallRate?: number;
  /**
   * When true, about half of the 5xx, reset and stall faults happen after the file was stored:
   * the response is lost, so a client that retries without idempotent names makes duplicates.
   */
  readonly faultAfterStore?: boolean;
  /** Seed for the fault sequence; the same seed gives the same faults in the same order. */
  readonly seed?: number;
}

/** What the library records about a file's content. */
export interface ImageInfo {
  readonly fileType: 'image' | 'non-image';
  readonly mime: string;
  readonly width?: number;
  readonly height?: number;
  readonly hasAlpha?: boolean;
}

/** Reads what the library records from an uploaded file's bytes. */
export type Inspector = (bytes: Buffer, fileName: string) => Promise<ImageInfo>;

export interface EmulatorOptions {
  /** Default 127.0.0.1; anything that is not loopback is refused. */
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /** Stored files and their index persist here and survive restarts. */
  readonly dataDir: string;
  readonly privateKey: string;
  readonly publicKey: string;
  /** Default "demo": urls look like http://127.0.0.1:PORT/demo/<folder>/<name>. */
  readonly urlEndpointId?: string;
  readonly faults?: FaultOptions;
  /** Largest accepted file in bytes; default 25 MB (ImageKit's free-plan limit for images). */
  readonly maxUploadBytes?: number;
  /**
   * One uplink shared by every upload body, in bytes per second, as a real connection is;
   * unlimited when absent. `faults.latencyMs` adds the round trip.
   */
  readonly uplinkBytesPerSecond?: number;
  readonly log?: (line: string) => void;
  /** Reads type and size from an upload; sharp's reading unless given (the app's has no sharp). */
  readonly inspect?: Inspector;
}

export interface VersionInfo {
  readonly id: string;
  readonly name: string;
}

/** One file in the emulator's media library (its current version). */
export interface StoredFile {
  readonly fileId: string;
  readonly name: string;
  /** e.g. /products/2026/shoe.webp */
  readonly filePath: string;
  readonly size: number;
  readonly fileType: 'image' | 'non-image';
  readonly mime: string;
  readonly width?: number;
  readonly height?: number;
  readonly hasAlpha?: boolean;
  /** Empty when the file has none (the HTTP API says null then). */
  readonly tags: readonly string[];
  readonly isPrivateFile: boolean;
  readonly customCoordinates: string | null;
  readonly customMetadata: Readonly<Record<string, unknown>>;
  /** Absent when the file has none. */
  readonly description?: string;
  readonly versionInfo: VersionInfo;
  /** ISO 8601. */
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly url: string;
}

export interface FaultCounts {
  readonly serverError: number;
  readonly rateLimit: number;
  readonly reset: number;
  readonly stall: number;
  /** How many of the above happened after the file was stored (lost responses). */
  readonly afterStore: number;
}

export interface EmulatorStats {
  /** API requests seen (uploads, list, file delivery); /__emulator/* is not counted. */
  readonly requests: number;
  /** Uploads that stored a file (including those whose response was then lost to a fault). */
  readonly uploads: number;
  /** Uploads answered with a 4xx (auth or validation). */
  readonly rejected: number;
  /** List requests (GET /v1/files) that carried a searchQuery. */
  readonly searches: number;
  /** Reads of the account's custom metadata fields (GET /v1/customMetadataFields). */
  readonly fieldLists: number;
  readonly faults: FaultCounts;
  /** used: distinct tokens seen; reused: requests that presented a token seen before. */
  readonly tokens: { readonly used: number; readonly reused: number };
}

/** What the team's own auth server would return for one client-side upload. */
export interface AuthParams {
  readonly token: string;
  readonly expire: number;
  readonly signature: string;
}

export interface RunningEmulator {
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  /** origin + /api/v1/files/upload */
  readonly uploadUrl: string;
  /** origin (the list API is at /v1/files) */
  readonly apiUrl: string;
  /** origin + /<urlEndpointId> */
  readonly urlEndpoint: string;
  /** origin + /__emulator/auth: GET returns fresh {token, expire, signature}. */
  readonly authEndpoint: string;
  files(): readonly StoredFile[];
  /** The custom metadata fields the account defines, as GET /v1/customMetadataFields lists them. */
  customMetadataFields(): readonly CustomMetadataFieldRecord[];
  stats(): EmulatorStats;
  setFaults(f: FaultOptions): void;
  /** Stops listening and destroys every open socket, stalled ones included. */
  close(): Promise<void>;
}
