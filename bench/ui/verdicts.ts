/** The renderer bench's table and its targets (issue 18), with PASS or MISS. */
import { median } from '../measure';
import { ms, ratio, table, verdict } from '../report';
import type { Sample } from './session';

/** A list size, and the filter tab it is scrolled on (All when none). */
export interface Probe {
  readonly rows: number;
  readonly tab?: string;
}

const count = (n: number): string => n.toLocaleString('en-US');
const label = (p: Probe): string => (p.tab ? `${count(p.rows)}, ${p.tab}` : count(p.rows));

/**
 * Print medians per probe, then the targets: frames within 10% of 1,000 rows and no long task at
 * 10,000 and 30,000 rows, the first row at 10,000 within 1.5x of 1,000. The first probe is the
 * 1,000-row yardstick; ratios are taken within each round, where probes saw the same machine.
 */
export function report(probes: readonly Probe[], samples: readonly (readonly Sample[])[]): void {
  const base = samples[0]!;
  const med = (i: number, pick: (s: Sample) => number): number => median(samples[i]!.map(pick));
  const within = (i: number, pick: (s: Sample) => number): number =>
    median(samples[i]!.map((s, r) => pick(s) / pick(base[r]!)));
  console.log(`Medians of ${base.length} rounds:`);
  console.log(
    table([
      [
        'rows',
        'first row',
        'snapshot in',
        'then',
        'fps',
        'long tasks',
        'longest',
        'script/s',
        'layout+style/s',
      ],
      ...probes.map((p, i) => [
        label(p),
        ms(med(i, (s) => s.firstRow)),
        ms(med(i, (s) => s.snapshot)),
        ms(med(i, (s) => s.afterSnapshot)),
        med(i, (s) => s.fps).toFixed(1),
        String(med(i, (s) => s.longTasks.length)),
        ms(med(i, (s) => Math.max(0, ...s.longTasks))),
        ms(med(i, (s) => s.scriptPerS)),
        ms(med(i, (s) => s.layoutPerS)),
      ]),
    ]),
  );
  console.log(
    '  (first row: from navigation; snapshot in: fetching and parsing it, as IPC would deliver it; then: the page until the row shows)',
  );
  const lines: string[][] = [];
  const baseTasks = med(0, (s) => s.longTasks.length);
  probes.forEach((p, i) => {
    if (i === 0) return;
    const fps = within(i, (s) => s.fps);
    const tasks = med(i, (s) => s.longTasks.length);
    const scored = !p.tab;
    lines.push([
      `fps ${label(p)} / ${label(probes[0]!)}`,
      ratio(fps),
      scored ? verdict(fps >= 0.9, '>= 0.90x') : 'for information',
    ]);
    lines.push([
      `long tasks at ${label(p)}`,
      `${tasks} (${count(probes[0]!.rows)}: ${baseTasks})`,
      scored ? verdict(tasks === 0, '0') : 'for information',
    ]);
  });
  const firstRow = (rows: number): number =>
    within(
      probes.findIndex((p) => p.rows === rows && !p.tab),
      (s) => s.firstRow,
    );
  lines.push([
    `first row 10,000 / ${count(probes[0]!.rows)}`,
    ratio(firstRow(10_000)),
    verdict(firstRow(10_000) <= 1.5, '<= 1.50x'),
  ]);
  lines.push([
    `first row 30,000 / ${count(probes[0]!.rows)}`,
    ratio(firstRow(30_000)),
    'for information',
  ]);
  console.log(
    '\nTargets (ratios within each round, median; long tasks at 1,000 rows in brackets):',
  );
  console.log(table(lines));
}
