import { strings } from '../../../shared/strings';

/**
 * The sentence to show for a failed call. Main sends sentences; Electron wraps them as
 * "Error invoking remote method 'x': Error: <sentence>", which people should not see.
 */
export function messageOf(err: unknown): string {
  const raw = err instanceof Error ? err.message : String(err);
  const inner = raw.replace(/^Error invoking remote method '[^']+': (?:\w*Error: )?/, '');
  return inner.trim() || strings.notices.somethingWrong;
}
