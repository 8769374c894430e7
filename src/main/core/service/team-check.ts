/**
 * The team duplicate check for the service: whether the SHA-256 field exists on the account
 * (from the fields the session reads once per connection), setting it up, and the batched
 * lookups the pipeline makes.
 */
import type { CustomField, CustomValues } from '../../../shared/custom-metadata';
import { TEAM_SHA_FIELD, type TeamCheckView } from '../../../shared/team-check';
import { folderSpelling } from '../../../shared/folders';
import type { TeamFile } from '../imagekit/team-search';
import { LibraryError } from '../library/browse';
import type { LibraryResult } from '../imagekit/library';
import type { LibraryClient, TeamLookup, TeamMatch } from '../ports';
import type { ConnectionSession } from './connection-session';
import { LookupBatcher, type BatchTiming } from './team-batch';

const THUMB_NAME = /\.thumb\.[A-Za-z0-9]+$/;

/**
 * Each hash's earliest upload whose main image and thumbnail are both there: a main
 * `stem.webp` and its thumbnail `stem.thumb.png`, as this app names them.
 */
export function matchesFrom(files: readonly TeamFile[]): Map<string, TeamMatch> {
  const out = new Map<string, TeamMatch>();
  const sorted = [...files].sort((a, b) => a.createdAt - b.createdAt);
  const variant = (f: TeamFile) => ({
    url: f.url,
    fileId: f.fileId,
    filePath: f.filePath,
    width: f.width,
    height: f.height,
    bytes: f.size,
  });
  for (const main of sorted) {
    if (out.has(main.sha256) || THUMB_NAME.test(main.name)) continue;
    const stem = main.name.slice(0, main.name.lastIndexOf('.'));
    const thumb = sorted.find(
      (f) => f.sha256 === main.sha256 && THUMB_NAME.test(f.name) && f.name.startsWith(`${stem}.`),
    );
    if (thumb) {
      out.set(main.sha256, {
        uploadedAt: main.createdAt,
        main: variant(main),
        thumb: variant(thumb),
      });
    }
  }
  return out;
}

export class TeamCheck implements TeamLookup {
  private cached: { readonly key: string; readonly view: Promise<TeamCheckView> } | null = null;
  /** The answer `cached` settled on, once it has. */
  private settled: { readonly key: string; readonly view: TeamCheckView } | null = null;
  private batcher: { readonly key: string; readonly batcher: LookupBatcher<TeamMatch> } | null =
    null;
  /** How many flushes were asked for, so a file that joins late knows it missed one. */
  private flushes = 0;

  constructor(
    private readonly session: ConnectionSession,
    private readonly log: (line: string) => void,
    private readonly timing?: BatchTiming,
  ) {}

  /** Where the check stands for the connection as it is now. */
  view(): Promise<TeamCheckView> {
    const key = this.session.connectionIdentity();
    if (this.cached?.key !== key) {
      const view = this.read();
      this.cached = { key, view };
      // A failed read is asked again next time: the connection may be back by then.
      void view.then((v) => {
        if (this.cached?.view !== view) return;
        if (v.state === 'unavailable') this.cached = null;
        else this.settled = { key, view: v };
      });
    }
    return this.cached.view;
  }

  /**
   * Creates the field unless the account has it (found by name first, so running it again
   * changes nothing); answers where the check stands and whether the field was made now.
   */
  async setUp(): Promise<{ readonly view: TeamCheckView; readonly created: boolean }> {
    const before = await this.view();
    if (before.state !== 'missing') return { view: before, created: false };
    const result = await this.client().createTeamField();
    this.session.fieldsChanged();
    this.cached = null;
    this.settled = null;
    if (!result.ok) {
      this.log(`team check: the field could not be created: ${result.error.message}`);
      const now = await this.view();
      return {
        view: now.state === 'missing' ? unavailable(result.error.message) : now,
        created: false,
      };
    }
    return { view: await this.view(), created: true };
  }

  /**
   * Joins the batch (at once when the field is known to exist, so a flush right after counts
   * it); when the account has no field, or the connection cannot search, answers null without
   * waiting.
   */
  find(sha256: string, folder: string): Promise<TeamMatch | null> {
    const known = this.known();
    if (known !== null && known.state !== 'ready') return Promise.resolve(null);
    if (known === null) {
      // Not known yet for this connection: learn it first, so an account without the field (or
      // a connection that cannot search) never holds a file back waiting for a batch. A flush
      // asked for meanwhile (nothing else processing) is carried out once this file joins.
      const flushes = this.flushes;
      return this.view().then((v) => {
        if (v.state !== 'ready') return null;
        const found = this.batcherFor().find(folderSpelling(folder), sha256);
        if (this.flushes !== flushes) this.flush();
        return found;
      });
    }
    return this.batcherFor().find(folderSpelling(folder), sha256);
  }

  prepare(willUpload: () => boolean): void {
    // A failed read is logged by read() and asked again by the next file.
    if (this.known() === null && willUpload()) void this.view().catch(() => undefined);
  }

  /** Nothing else is being processed: ask about what was collected now. */
  flush(): void {
    this.flushes += 1;
    this.batcher?.batcher.flush();
  }

  async uploadMetadata(sha256: string): Promise<CustomValues> {
    return (await this.view()).state === 'ready' ? { [TEAM_SHA_FIELD]: sha256 } : {};
  }

  /** The view for the connection as it is now, when it is already known. */
  private known(): TeamCheckView | null {
    const key = this.session.connectionIdentity();
    return this.settled?.key === key ? this.settled.view : null;
  }

  private async read(): Promise<TeamCheckView> {
    if (this.session.settings.connection.authMode === 'auth-endpoint') {
      return { state: 'local-only' };
    }
    let fields: LibraryResult<CustomField[]>;
    try {
      fields = await this.session.customFields();
    } catch (err) {
      if (err instanceof LibraryError) return unavailable(err.message);
      throw err;
    }
    if (!fields.ok) {
      this.log(`team check: ${fields.error.message}`);
      return unavailable(fields.error.message);
    }
    return fields.value.some((f) => f.name === TEAM_SHA_FIELD)
      ? { state: 'ready' }
      : { state: 'missing' };
  }

  private client(): LibraryClient {
    return this.session.libraryClient();
  }

  private batcherFor(): LookupBatcher<TeamMatch> {
    const key = this.session.connectionIdentity();
    if (this.batcher?.key !== key) {
      const search = async (folder: string, hashes: readonly string[]) => {
        if ((await this.view()).state !== 'ready') return null;
        const result = await this.client().findBySha256(folder, hashes);
        if (result.ok) return matchesFrom(result.value);
        this.log(`team check: the search failed, so these files upload: ${result.error.message}`);
        return null;
      };
      this.batcher = { key, batcher: new LookupBatcher(search, this.timing) };
    }
    return this.batcher.batcher;
  }
}

function unavailable(message: string): TeamCheckView {
  return { state: 'unavailable', message };
}
