import type { AltText } from '../../../../shared/alt';
import type { HistoryEntry } from '../../../../shared/history';
import type { Job, JobId } from '../../../../shared/jobs';
import { uploader } from '../../bridge';
import { guard } from '../guard';
import { useJobs } from '../jobs/state';
import { useHistory } from '../history/state';
import { notify } from '../ui/actions';
import { strings } from '../../../../shared/strings';
import { useAlt, type AltTarget } from './state';

/** Takes ImageKit's draft as the row's alt text. */
export function acceptDraft(job: Job): Promise<boolean> {
  const draft = job.status === 'done' ? job.uploaded.main.drafted : undefined;
  return guard(async () => {
    if (draft === undefined) return;
    await uploader.setAltText([job.id], { text: draft });
    notify(strings.alt.saved(1));
  });
}

/** Opens the dialog for rows; with one row it starts from that row's alt text (or its draft). */
export function editRowsAlt(ids: readonly JobId[]): void {
  if (ids.length === 0) return;
  const job = ids.length === 1 ? useJobs.getState().byId.get(ids[0] as JobId) : undefined;
  const drafted = job?.status === 'done' ? job.uploaded.main.drafted : undefined;
  const first = job?.alt ?? (drafted === undefined ? undefined : { text: drafted });
  useAlt.setState({ target: { kind: 'rows', ids, ...(first ? { current: first } : {}) } });
}

/** Opens the dialog for one upload in History. */
export function editHistoryAlt(entry: HistoryEntry): void {
  const target: AltTarget = {
    kind: 'history',
    id: entry.id,
    ...(entry.alt ? { current: entry.alt } : {}),
  };
  useAlt.setState({ target });
}

export function closeAlt(): void {
  useAlt.setState({ target: null, saving: false });
}

/** Saves (or with null removes) the alt text of what the dialog edits; closes it when done. */
export async function saveAlt(alt: AltText | null): Promise<void> {
  const target = useAlt.getState().target;
  if (!target) return;
  useAlt.setState({ saving: true });
  const saved = await guard(async () => {
    if (target.kind === 'rows') {
      const count = await uploader.setAltText(target.ids, alt);
      notify(strings.alt.saved(count));
    } else {
      const entry = await uploader.setHistoryAlt(target.id, alt);
      // The entry changes in place: the list keeps its pages and its scroll.
      useHistory.setState((s) => {
        const pages = new Map(s.pages);
        for (const [n, page] of pages) {
          if (page.some((e) => e.id === entry.id))
            pages.set(
              n,
              page.map((e) => (e.id === entry.id ? entry : e)),
            );
        }
        const picked = new Map(s.picked);
        if (picked.has(entry.id)) picked.set(entry.id, entry);
        return { pages, picked };
      });
      notify(strings.alt.saved(1));
    }
  });
  if (saved) closeAlt();
  else useAlt.setState({ saving: false });
}
