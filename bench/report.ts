/** Formatting for the bench's table: plain text, aligned, with targets and PASS/MISS. */
import { loadavg } from 'node:os';

/** The load averages over 1, 5 and 15 minutes, e.g. "1.1, 1.6, 1.4". */
export function loadAverages(): string {
  return loadavg()
    .map((l) => l.toFixed(1))
    .join(', ');
}

export function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
}

export function ratio(value: number): string {
  return `${value.toFixed(2)}x`;
}

/** "PASS (target <= 1.3x)" or "MISS (...)". */
export function verdict(pass: boolean, target: string): string {
  return `${pass ? 'PASS' : 'MISS'} (target ${target})`;
}

/** Prints rows as columns padded to the widest cell. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map(
      (row) =>
        '  ' +
        row
          .map((cell, i) => cell.padEnd(widths[i]!))
          .join('   ')
          .trimEnd(),
    )
    .join('\n');
}
