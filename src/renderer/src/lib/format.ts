import type { OutputFormat } from '../../../shared/presets';
import type { SourceFormat } from '../../../shared/jobs';

/** Bytes in the units people read on a file manager (decimal: 1 KB = 1000 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

export function formatSize(width: number, height: number): string {
  return `${width} × ${height}`;
}

const FORMAT_NAMES: Record<OutputFormat | SourceFormat, string> = {
  jpeg: 'JPEG',
  png: 'PNG',
  webp: 'WebP',
  avif: 'AVIF',
  gif: 'GIF',
  tiff: 'TIFF',
  svg: 'SVG',
};

export function formatName(format: OutputFormat | SourceFormat): string {
  return FORMAT_NAMES[format];
}

/** "about 3 min left" style durations. */
export function formatRemaining(seconds: number): string {
  if (seconds < 60) return 'less than a minute left';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `about ${minutes} min left`;
  const hours = Math.floor(minutes / 60);
  return `about ${hours} h ${minutes % 60} min left`;
}

/** "25 Nov 2026" style dates, in the person's own locale. */
export function formatDate(ms: number): string {
  return new Date(ms).toLocaleDateString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });
}

export function percent(fraction: number): string {
  return `${Math.floor(Math.max(0, Math.min(1, fraction)) * 100)}%`;
}
