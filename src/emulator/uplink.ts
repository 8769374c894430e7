/**
 * One shared uplink, as a real connection has: every upload body in flight competes for the same
 * bytes per second. Bodies are let through in slices, each slice booked on one clock, so two
 * uploads at once each get about half the rate and a batch takes as long as its bytes need.
 */
import { Transform, type TransformCallback } from 'node:stream';

/** Bytes booked at a time: small enough that uploads in flight take turns fairly. */
const SLICE_BYTES = 16 * 1024;

export class Uplink {
  /** When the link is next free, in `now()` milliseconds. */
  private freeAt = 0;

  constructor(
    readonly bytesPerSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    if (!(bytesPerSecond > 0) || !Number.isFinite(bytesPerSecond)) {
      throw new Error('The uplink needs a positive number of bytes per second.');
    }
  }

  /** Books `bytes` on the link; answers how long to wait until they have gone through. */
  book(bytes: number): number {
    const now = this.now();
    const start = Math.max(now, this.freeAt);
    this.freeAt = start + (bytes / this.bytesPerSecond) * 1000;
    return this.freeAt - now;
  }

  /** A pass-through that releases each slice of a body only once the link has carried it. */
  pace(): Transform {
    const pass = async (chunk: Buffer, push: (slice: Buffer) => void): Promise<void> => {
      for (let at = 0; at < chunk.length; at += SLICE_BYTES) {
        const slice = chunk.subarray(at, at + SLICE_BYTES);
        await new Promise((resolve) => setTimeout(resolve, this.book(slice.length)));
        push(slice);
      }
    };
    return new Transform({
      highWaterMark: SLICE_BYTES,
      transform(chunk: Buffer, _encoding, done: TransformCallback) {
        pass(chunk, (slice) => this.push(slice)).then(() => done(), done);
      },
    });
  }
}
