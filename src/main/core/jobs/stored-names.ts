/**
 * Stored names from the naming template, and the guard that keeps a template without {hash}
 * from replacing a different file: names are checked against this run and the history before
 * anything is sent.
 */
import { posix, win32 } from 'node:path';
import type { UserError } from '../../../shared/errors';
import type { BatchDestination, Job, ReadyJob, SourceFile } from '../../../shared/jobs';
import { renderNameTemplate } from '../../../shared/naming-template';
import type { Settings } from '../../../shared/settings';
import { shortHash, storedNameFromStem } from '../imagekit/naming';
import { NAME_ERRORS } from '../common/errors';
import type { HistoryStore } from '../ports';
import { folderSpelling } from '../../../shared/folders';
import { uploadOrigin } from '../persistence/keys';

/** Where a job goes: the destination chosen for its batch, or the Settings folder and tags. */
export function destinationOf(job: Job, settings: Settings): BatchDestination {
  return job.destination ?? { folder: settings.upload.folder, tags: settings.upload.tags };
}

/**
 * A link's last folder (`https://x.test/shop/shoes/red.jpg` gives `shoes`), or its host when it
 * has none that a name could show.
 */
function linkParent(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  const raw =
    url.pathname
      .split('/')
      .filter((s) => s !== '')
      .slice(0, -1)
      .at(-1) ?? '';
  let folder = raw;
  try {
    folder = decodeURIComponent(raw);
  } catch {
    // Not valid percent-encoding: the folder as written.
  }
  // A folder with no letter or digit (`/_/a.jpg`) would slug to nothing: the host says more.
  return /[A-Za-z0-9]/.test(folder) ? folder : url.hostname;
}

/**
 * The source folder's name, for `{parent}`, whichever platform wrote the path. A file added
 * from a link takes the link's folder: its copy sits in the app's own downloads folder.
 */
function parentName(file: SourceFile): string {
  const fromLink = file.link ? linkParent(file.link) : null;
  if (fromLink !== null) return fromLink;
  const { path } = file;
  const { dirname, basename } = path.includes('\\') && !path.startsWith('/') ? win32 : posix;
  return basename(dirname(path));
}

/** The stored stem of a processed job under `template`. */
export function stemOf(job: ReadyJob, sha256: string, template: string): string {
  return renderNameTemplate(template, {
    sourceName: job.file.name,
    hash: shortHash(sha256),
    addedAt: job.addedAt,
    parent: parentName(job.file),
    width: job.image.width,
    height: job.image.height,
  });
}

/** The path ImageKit reports for a name in a folder ("/shoot/a.webp", "/a.webp"). */
export function storedPath(folder: string, name: string): string {
  const f = folderSpelling(folder).replace(/\/$/, '');
  return `${f}/${name}`;
}

interface Claim {
  readonly sha256: string;
  readonly jobId: string;
  readonly sourceName: string;
}

/**
 * Names taken by rows in the list, so two different files never go to one stored name. A row
 * that leaves the list gives its name up; the history speaks for it from then on.
 */
export class NameClaims {
  private readonly claims = new Map<string, Claim>();

  constructor(private readonly inList: (jobId: string) => boolean) {}

  /**
   * Claims the main variant's stored path for this content, or says why it cannot: another
   * file of this run, or a different file in the history, already has it.
   */
  claim(
    job: ReadyJob,
    sha256: string,
    stem: string,
    settings: Settings,
    history: HistoryStore | undefined,
  ): UserError | null {
    const folder = folderSpelling(destinationOf(job, settings).folder);
    const origin = uploadOrigin(settings.connection.uploadUrl);
    const name = storedNameFromStem(stem, 'main', settings.presets.main.format);
    const filePath = storedPath(folder, name);
    const key = `${origin}\n${filePath}`;
    let held = this.claims.get(key);
    if (held && !this.inList(held.jobId)) {
      this.claims.delete(key);
      held = undefined;
    }
    if (held && held.sha256 !== sha256 && held.jobId !== job.id) {
      return NAME_ERRORS.inBatch(name, held.sourceName);
    }
    if (!held) {
      const earlier = history?.findStoredAt({ origin, folder, filePath });
      if (earlier && earlier.sha256 !== sha256) return NAME_ERRORS.inHistory(name, earlier.name);
      this.claims.set(key, { sha256, jobId: job.id, sourceName: job.file.name });
    }
    return null;
  }
}
