/**
 * Bounds and defaults that the page's fields, the IPC validators and the CLI all enforce, so
 * what a field allows is exactly what main accepts. Variant bounds live beside the presets
 * (`PRESET_LIMITS` in ./presets).
 */

/** Files uploading at once: more is faster on a good connection; 3 suits most. */
export const UPLOAD_CONCURRENCY = { min: 1, max: 8, default: 3 } as const;

/** Encoded bytes held in memory waiting to upload before processing pauses (256 MiB). */
export const MAX_HELD_BYTES = 256 * 1024 * 1024;

/** The longest History search (by name) a query may carry; the History search box's maxLength. */
export const HISTORY_SEARCH_MAX = 200;

/** The longest Library name search ImageKit is asked for; the Library search box's maxLength. */
export const LIBRARY_SEARCH_MAX = 100;
