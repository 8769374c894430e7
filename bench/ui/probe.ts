/**
 * The probe, run in the page: scroll the Uploads list a little every frame while main's updates
 * arrive ten times a second, each as its own task, as IPC messages do. Answers the frames drawn
 * and the long tasks seen in that time. Kept free of imports: Playwright serialises it.
 */
import type { PageGlobals } from './page-globals';

export interface ProbeResult {
  readonly ms: number;
  readonly frames: number;
  readonly longTasks: readonly number[];
  readonly pushed: number;
}

export function runProbe(args: {
  updates: readonly unknown[];
  seconds: number;
  pxPerFrame: number;
  everyMs: number;
  /** performance.mark names set at the start and the end, for the trace. */
  marks: { start: string; end: string };
}): Promise<ProbeResult> {
  const page = globalThis as unknown as PageGlobals;
  const clock = page.__bench;
  const list = page.document.querySelector('[data-testid="job-list"]');
  if (!list || !clock) throw new Error('The Uploads list is not on the page.');
  return new Promise((resolve) => {
    performance.mark(args.marks.start);
    const start = performance.now();
    let frames = 0;
    let pushed = 0;
    let direction = 1;
    const timer = setInterval(() => {
      const update = args.updates[pushed];
      if (update === undefined) return;
      pushed += 1;
      // A fresh copy, as a message from main would be.
      clock.push(structuredClone(update));
    }, args.everyMs);
    const frame = (now: number): void => {
      frames += 1;
      const bottom = list.scrollHeight - list.clientHeight;
      if (list.scrollTop >= bottom - args.pxPerFrame) direction = -1;
      else if (list.scrollTop <= 0) direction = 1;
      list.scrollTop += direction * args.pxPerFrame;
      if (now - start < args.seconds * 1000) {
        page.requestAnimationFrame(frame);
        return;
      }
      clearInterval(timer);
      const end = performance.now();
      performance.mark(args.marks.end);
      // Long tasks are reported a little after they end.
      setTimeout(() => {
        const longTasks = clock.longTasks
          .filter((t) => t.start >= start && t.start < end)
          .map((t) => t.duration);
        resolve({ ms: end - start, frames, longTasks, pushed });
      }, 200);
    };
    page.requestAnimationFrame(frame);
  });
}
