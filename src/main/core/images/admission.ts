/**
 * Decodes that need a large block of memory at once take turns across the pool's workers.
 * libjpeg keeps every DCT coefficient of a progressive JPEG until the last scan (2 bytes per
 * sample: 88 MB for a 15-megapixel 4:4:4 photo, shrink-on-load or not), and an interlaced PNG
 * needs its whole image; the sequential decodes of other files need a few MB. Two workers on two
 * such photos at once was the pool's memory peak (see docs/images.md, "Memory").
 */

/** A decode is asked about when it needs more than this (smaller ones just go). */
export const HEAVY_DECODE_BYTES = 32 * 1024 * 1024;

/** What heavy decodes may hold together; one alone is always let through. */
export const DECODE_BUDGET_BYTES = 96 * 1024 * 1024;

interface Ask {
  readonly key: object;
  readonly bytes: number;
  readonly grant: () => void;
}

export class DecodeAdmission {
  private readonly running = new Map<object, number>();
  private readonly waiting: Ask[] = [];

  constructor(private readonly budget = DECODE_BUDGET_BYTES) {}

  /** Lets `key`'s decode of `bytes` start now, or once enough of the budget is free (in order). */
  ask(key: object, bytes: number, grant: () => void): void {
    this.waiting.push({ key, bytes, grant });
    this.admit();
  }

  /** `key` finished (or was stopped): frees what it held, or drops its turn. */
  release(key: object): void {
    const at = this.waiting.findIndex((ask) => ask.key === key);
    if (at >= 0) this.waiting.splice(at, 1);
    if (this.running.delete(key)) this.admit();
  }

  private admit(): void {
    for (;;) {
      const next = this.waiting[0];
      if (!next) return;
      let used = 0;
      for (const bytes of this.running.values()) used += bytes;
      if (this.running.size > 0 && used + next.bytes > this.budget) return;
      this.waiting.shift();
      this.running.set(next.key, next.bytes);
      next.grant();
    }
  }
}
