/**
 * A light trace of the page's main thread (Chromium's `toplevel` category: one event per task,
 * with its wall time and the thread's own CPU time) between two marks the probe sets. A task
 * over 50 ms of wall time whose thread ran for less than that was waiting for a processor the
 * machine gave to something else; a task over 50 ms of CPU time is the page's own doing.
 */
import type { CDPSession } from '@playwright/test';

/** The marks the probe sets around its measured time (performance.mark). */
export const PROBE_MARKS = { start: 'bench-probe-start', end: 'bench-probe-end' } as const;

const LONG_US = 50_000;

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly args?: { readonly name?: string };
}

/** Start tracing tasks and user timing marks. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TaskTimes>> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }): void => {
    events.push(...(e.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    categories: 'toplevel,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise<void>((resolve) =>
      cdp.once('Tracing.tracingComplete', () => resolve()),
    );
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
    return longTasks(events);
  };
}

/** Long tasks of the probe's window, by wall time and by the thread's CPU time. */
export interface TaskTimes {
  readonly wall: number;
  readonly cpu: number;
  /** The most CPU time one task took, in milliseconds. */
  readonly longestCpu: number;
}

function longTasks(events: readonly TraceEvent[]): TaskTimes {
  const start = events.find((e) => e.name === PROBE_MARKS.start);
  const end = events.find((e) => e.name === PROBE_MARKS.end);
  if (!start || !end) throw new Error('The probe marks are missing from the trace.');
  // The marks are set on the page's main thread: its tasks are the ones to count.
  const tasks = events.filter(
    (e) =>
      e.pid === start.pid &&
      e.tid === start.tid &&
      e.ph === 'X' &&
      (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') &&
      e.ts >= start.ts &&
      e.ts < end.ts,
  );
  return {
    wall: tasks.filter((e) => (e.dur ?? 0) > LONG_US).length,
    cpu: tasks.filter((e) => (e.tdur ?? 0) > LONG_US).length,
    longestCpu: Math.max(0, ...tasks.map((e) => e.tdur ?? 0)) / 1000,
  };
}
