/** The renderer bench's tables and its targets (issue 18), with PASS or MISS. */
import { median } from '../measure';
import { ms, ratio, table, verdict } from '../report';
import type { Load, Scroll } from './session';

/** A list size, and the filter tab it is scrolled on (All when none). */
export interface Probe {
  readonly rows: number;
  readonly tab?: string;
}

const count = (n: number): string => n.toLocaleString('en-US');
const label = (p: Probe): string => (p.tab ? `${count(p.rows)}, ${p.tab}` : count(p.rows));

/** The median of `pick(s) / pick(base[i])`: each turn against the yardstick's same turn. */
function within<T>(runs: readonly T[], base: readonly T[], pick: (s: T) => number): number {
  return median(runs.map((s, i) => pick(s) / pick(base[i]!)));
}

function printLoads(sizes: readonly number[], loads: readonly (readonly Load[])[]): void {
  const med = (i: number, pick: (s: Load) => number): number => median(loads[i]!.map(pick));
  console.log(`First row, medians of ${loads[0]!.length} loads:`);
  console.log(
    table([
      ['rows', 'first row', 'snapshot in', 'then'],
      ...sizes.map((n, i) => [
        count(n),
        ms(med(i, (s) => s.firstRow)),
        ms(med(i, (s) => s.snapshot)),
        ms(med(i, (s) => s.afterSnapshot)),
      ]),
    ]),
  );
  console.log(
    '  (from navigation; snapshot in: from asking for it to having it parsed, as IPC delivers it; then: the page until the row shows)\n',
  );
}

function printScrolls(probes: readonly Probe[], scrolls: readonly (readonly Scroll[])[]): void {
  const med = (i: number, pick: (s: Scroll) => number): number => median(scrolls[i]!.map(pick));
  console.log(`Scrolling while rows change, medians of ${scrolls[0]!.length} rounds:`);
  console.log(
    "  (long tasks: over 50 ms of wall time; by CPU time: over 50 ms of the main thread's own time, the rest waited for a processor)",
  );
  console.log(
    table([
      [
        'rows',
        'fps',
        'long tasks',
        'by CPU time',
        'longest',
        'longest by CPU',
        'script/s',
        'layout+style/s',
      ],
      ...probes.map((p, i) => [
        label(p),
        med(i, (s) => s.fps).toFixed(1),
        String(med(i, (s) => s.longTasks.length)),
        String(med(i, (s) => s.cpuLongTasks)),
        ms(med(i, (s) => Math.max(0, ...s.longTasks))),
        ms(med(i, (s) => s.longestCpu)),
        ms(med(i, (s) => s.scriptPerS)),
        ms(med(i, (s) => s.layoutPerS)),
      ]),
    ]),
  );
}

/**
 * Print the medians, then the targets: frames within 10% of 1,000 rows and no long task at
 * 10,000 and 30,000 rows, the first row at 10,000 within 1.5x of 1,000. The first size and the
 * first probe are the 1,000-row yardstick; ratios are taken turn by turn, where the sizes saw the
 * same machine.
 */
export function report(
  sizes: readonly number[],
  loads: readonly (readonly Load[])[],
  probes: readonly Probe[],
  scrolls: readonly (readonly Scroll[])[],
): void {
  printLoads(sizes, loads);
  printScrolls(probes, scrolls);
  const lines: string[][] = [];
  const baseTasks = median(scrolls[0]!.map((s) => s.longTasks.length));
  const cpuTasks = (i: number): number => median(scrolls[i]!.map((s) => s.cpuLongTasks));
  probes.forEach((p, i) => {
    if (i === 0) return;
    const fps = within(scrolls[i]!, scrolls[0]!, (s) => s.fps);
    const tasks = median(scrolls[i]!.map((s) => s.longTasks.length));
    const scored = !p.tab;
    lines.push([
      `fps ${label(p)} / ${label(probes[0]!)}`,
      ratio(fps),
      scored ? verdict(fps >= 0.9, '>= 0.90x') : 'for information',
    ]);
    lines.push([
      `long tasks at ${label(p)}`,
      `${tasks}, by CPU time ${cpuTasks(i)} (${count(probes[0]!.rows)}: ${baseTasks}, ${cpuTasks(0)})`,
      scored ? verdict(tasks === 0, '0') : 'for information',
    ]);
  });
  sizes.forEach((n, i) => {
    if (i === 0) return;
    const first = within(loads[i]!, loads[0]!, (s) => s.firstRow);
    lines.push([
      `first row ${count(n)} / ${count(sizes[0]!)}`,
      ratio(first),
      n === 10_000 ? verdict(first <= 1.5, '<= 1.50x') : 'for information',
    ]);
  });
  console.log('\nTargets (ratios turn by turn, median; long tasks at 1,000 rows in brackets):');
  console.log(table(lines));
}
