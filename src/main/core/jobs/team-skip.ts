/**
 * The team duplicate check in the pipeline: a file asks ImageKit as soon as it is processed
 * (the lookups are batched), and when the destination folder already holds it the row ends as
 * done with that upload's links, recorded in History, without sending anything.
 */
import type { HistoryEntry } from '../../../shared/history';
import type { ReadyJob } from '../../../shared/jobs';
import type { Settings } from '../../../shared/settings';
import { historyEntryOf, reusedJob } from './history-link';
import { jobBase } from './job-states';
import type { StageContext } from './stage';
import { destinationOf } from './stored-names';
import type { Work } from './work';

/** Starts the team check of a job just made ready; `work.teamCheck` settles once applied. */
export function startTeamCheck(
  ctx: StageContext,
  job: ReadyJob,
  work: Work,
  sha256: string,
  settings: Settings,
): void {
  const team = ctx.deps.team;
  if (!team || work.force) return;
  const folder = destinationOf(job, settings).folder;
  work.teamCheck = team.find(sha256, folder).then(
    (match) => {
      const found = ctx.find(job.id);
      // Stopped, removed, uploading already or forced meanwhile: the answer comes too late.
      if (!match || !found || found.work !== work || work.force) return;
      if (found.job.status !== 'ready') return;
      const { deps } = ctx;
      const current = found.job;
      // Recorded like an upload of this computer's, so History lists it from now on.
      const unrecorded = historyEntryOf(current, match, sha256, settings);
      const entry: HistoryEntry = deps.history?.record(unrecorded) ?? { id: 0, ...unrecorded };
      work.drop();
      const { image, variants } = current;
      deps.store.put(reusedJob(jobBase(current), image, variants, entry, deps.now(), null, true));
      ctx.scheduler.pump();
    },
    (err: unknown) => ctx.deps.log(`team check failed for job ${job.id}: ${String(err)}`),
  );
}
