import type { MouseEvent } from 'react';
import type { JobId } from '../../../../shared/jobs';
import { moveTo, toggle } from '../../store/selection/changes';
import { updateSelection } from '../../store/selection/actions';

/**
 * Select the clicked row: alone, added or taken out with Ctrl/Cmd, or as a range with Shift.
 * Clicks on a row's buttons and links only press them. Answers the row, or null.
 */
export function clickSelection(e: MouseEvent<HTMLElement>, ids: readonly JobId[]): JobId | null {
  const target = e.target as HTMLElement;
  if (target.closest('button, a, input')) return null;
  const row = target.closest<HTMLElement>('[data-job-id]');
  const id = row?.dataset.jobId;
  if (!id) return null;
  const index = ids.indexOf(id);
  if (index === -1) return null;
  const mod = navigator.platform.startsWith('Mac') ? e.metaKey : e.ctrlKey;
  if (e.shiftKey) updateSelection((sel) => moveTo(sel, ids, index, 'extend'));
  else if (mod) updateSelection((sel) => toggle(sel, id));
  else updateSelection((sel) => moveTo(sel, ids, index, 'replace'));
  return id;
}
