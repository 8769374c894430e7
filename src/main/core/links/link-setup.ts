/** Puts the link intake together beside the job list, for createService. */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddResult } from '../../../shared/contract';
import type { BatchDestination, Job, JobsUpdate } from '../../../shared/jobs';
import type { LINK_TIMING } from './download';
import { DownloadsFolder } from './downloads-folder';
import { LinkIntake, linkLimits, type LinkInput } from './link-intake';
import type { Resolver } from './resolve-hop';

/** The part of the job list the links follow: its rows, and its pushed updates. */
export interface JobList {
  all(): Iterable<Job>;
  subscribe(listener: (update: JobsUpdate) => void): () => void;
}

export interface LinkSetup {
  /** The state folder's `downloads/`; without one, a folder of this process in the temp folder. */
  readonly dir?: string;
  readonly store: JobList;
  readonly maxBytes: number;
  add(inputs: readonly LinkInput[], destination?: BatchDestination, batch?: string): AddResult;
  rememberFolder(folder: string): void;
  readonly timing?: Partial<typeof LINK_TIMING>;
  readonly resolver?: Resolver;
}

/**
 * The intake for links, with its downloads folder following the list (a download goes once its
 * row is uploaded or removed). Call after the journal's rows are back in the store.
 */
export function setupLinks(setup: LinkSetup): LinkIntake {
  const { store } = setup;
  const downloads = new DownloadsFolder(
    setup.dir ?? join(tmpdir(), `imagekit-uploader-downloads-${process.pid}`),
  );
  downloads.follow({ jobs: [...store.all()], removed: [] });
  store.subscribe((update) => downloads.follow(update));
  return new LinkIntake({
    downloads,
    limits: linkLimits(setup.maxBytes, setup.timing),
    add: setup.add,
    rememberFolder: setup.rememberFolder,
    inList: (link) =>
      [...store.all()].some(
        (job) => job.file.link === link && job.status !== 'failed' && job.status !== 'cancelled',
      ),
    ...(setup.resolver ? { resolver: setup.resolver } : {}),
  });
}
