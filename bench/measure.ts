import { readdirSync, readFileSync } from 'node:fs';

/** Milliseconds an async call takes. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);
}

/** Resident memory of a process in bytes (Linux /proc), or 0 if it is gone. */
function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** CPU time (user + system) a process has used so far, in ms (Linux /proc), or 0 if gone. */
export function cpuMsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After the command name: state is field 3, utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // The kernel counts in clock ticks, 100 a second on Linux.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** Processes whose parent is this one (the pool's workers). */
export function childPids(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Field 4 (ppid) follows the command name in parentheses, which may contain spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

export interface RssPeak {
  parent: number;
  workers: number;
  total: number;
}

/**
 * Samples this process and those of its children that `counts` admits every `everyMs` until
 * stopped; keeps the peaks.
 */
export function sampleRss(
  everyMs = 20,
  counts: (pid: number) => boolean = () => true,
): { stop(): RssPeak } {
  const peak: RssPeak = { parent: 0, workers: 0, total: 0 };
  const sample = (): void => {
    const parent = rssOf(process.pid);
    const workers = childPids()
      .filter(counts)
      .reduce((sum, pid) => sum + rssOf(pid), 0);
    peak.parent = Math.max(peak.parent, parent);
    peak.workers = Math.max(peak.workers, workers);
    peak.total = Math.max(peak.total, parent + workers);
  };
  const timer = setInterval(sample, everyMs);
  sample();
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}
