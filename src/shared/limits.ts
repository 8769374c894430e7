/**
 * Bounds and defaults that the page's fields, the IPC validators and the CLI all enforce, so
 * what a field allows is exactly what main accepts. Variant bounds live beside the presets
 * (`PRESET_LIMITS` in ./presets).
 */

/**
 * Upload requests at once. Each request waits a round trip for its answer, so a window of a few
 * leaves most of a link idle: 6 (as many as a browser opens to one server) keeps a 20 Mbit/s,
 * 80 ms link about half busy where 3 kept it a quarter busy (docs/uploads.md).
 */
export const UPLOAD_CONCURRENCY = { min: 1, max: 8, default: 6 } as const;

/** Encoded bytes held in memory waiting to upload before processing pauses (256 MiB). */
export const MAX_HELD_BYTES = 256 * 1024 * 1024;

/** The longest History search (by name) a query may carry; the History search box's maxLength. */
export const HISTORY_SEARCH_MAX = 200;

/** The longest Library name search ImageKit is asked for; the Library search box's maxLength. */
export const LIBRARY_SEARCH_MAX = 100;
