/**
 * Bounds and defaults that the settings screen, the IPC validators and the CLI all enforce, so
 * what a field allows is exactly what main accepts. Variant bounds live beside the presets
 * (`PRESET_LIMITS` in ./presets).
 */

/** Files uploading at once: more is faster on a good connection; 3 suits most. */
export const UPLOAD_CONCURRENCY = { min: 1, max: 8, default: 3 } as const;

/** Encoded bytes held in memory waiting to upload before processing pauses (256 MiB). */
export const MAX_HELD_BYTES = 256 * 1024 * 1024;
