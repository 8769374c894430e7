import { strings } from '../../../shared/strings';

// Sizes and format names are shared with main, so a sentence and a label always agree.
export { formatBytes, formatName } from '../../../shared/formats';

/** "1200 × 800": a picture's size in pixels. */
export function formatSize(width: number, height: number): string {
  return `${width} × ${height}`;
}

/** "about 3 min left" style durations. */
export function formatRemaining(seconds: number): string {
  if (seconds < 60) return strings.batch.lessThanMinute;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return strings.batch.aboutMinutes(minutes);
  const hours = Math.floor(minutes / 60);
  return strings.batch.aboutHours(hours, minutes % 60);
}

/** "25 Nov 2026" style dates, in the person's own locale. */
export function formatDate(ms: number): string {
  return new Date(ms).toLocaleDateString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });
}

/** "42%", floored and clamped to 0..100. */
export function percent(fraction: number): string {
  return `${Math.floor(Math.max(0, Math.min(1, fraction)) * 100)}%`;
}

/** The last part of a path, on any system ("/a/b/photo.jpg" and "C:\a\photo.jpg" give the file). */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}
