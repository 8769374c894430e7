/**
 * Chromium's own accounting, through the DevTools protocol: the Performance domain's counters
 * (time spent in script, layout and style) and a sampled CPU profile of the page's main thread.
 */
import type { CDPSession } from '@playwright/test';

/** Milliseconds the page's main thread spent in each kind of work, counted since it started. */
export interface ThreadTimes {
  readonly task: number;
  readonly script: number;
  readonly layout: number;
  readonly style: number;
  readonly heapBytes: number;
}

/** Read the Performance domain's counters (enable it first). */
export async function threadTimes(cdp: CDPSession): Promise<ThreadTimes> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string): number => metrics.find((m) => m.name === name)?.value ?? 0;
  return {
    task: value('TaskDuration') * 1000,
    script: value('ScriptDuration') * 1000,
    layout: value('LayoutDuration') * 1000,
    style: value('RecalcStyleDuration') * 1000,
    heapBytes: value('JSHeapUsedSize'),
  };
}

/** What changed between two readings, per second of `ms`. */
export function perSecond(before: ThreadTimes, after: ThreadTimes, ms: number) {
  const rate = (key: Exclude<keyof ThreadTimes, 'heapBytes'>): number =>
    ((after[key] - before[key]) / ms) * 1000;
  return {
    task: rate('task'),
    script: rate('script'),
    layout: rate('layout'),
    style: rate('style'),
  };
}

/** Start sampling the page's JavaScript every `intervalUs` microseconds. */
export async function startProfile(cdp: CDPSession, intervalUs = 250): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
}

/** One function's share of the sampled time. */
export interface Hotspot {
  readonly name: string;
  readonly where: string;
  readonly selfMs: number;
}

/** Stop sampling and answer the functions that took the most time themselves, busiest first. */
export async function stopProfile(cdp: CDPSession, top = 15): Promise<Hotspot[]> {
  const { profile } = await cdp.send('Profiler.stop');
  const byNode = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((node, i) => byNode.set(node, (byNode.get(node) ?? 0) + (deltas[i] ?? 0)));
  const byFunction = new Map<string, Hotspot>();
  for (const node of profile.nodes) {
    const us = byNode.get(node.id) ?? 0;
    if (us === 0) continue;
    const f = node.callFrame;
    const file = f.url.split('/').pop() ?? '';
    const where = file ? `${file}:${f.lineNumber + 1}:${f.columnNumber + 1}` : '';
    const name = f.functionName || '(anonymous)';
    const key = `${name} ${where}`;
    const seen = byFunction.get(key);
    byFunction.set(key, { name, where, selfMs: (seen?.selfMs ?? 0) + us / 1000 });
  }
  await cdp.send('Profiler.disable');
  return [...byFunction.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, top);
}
