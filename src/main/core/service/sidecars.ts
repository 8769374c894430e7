/**
 * Metadata sidecars in the service: finding `metadata.csv` in a folder that was added (or the
 * file named), reading it, matching it to the files, and giving each file its own destination
 * and alt text. The same plan makes the report shown before anything is added.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { AltText } from '../../../shared/alt';
import type { BatchDestination, SourceFile } from '../../../shared/jobs';
import {
  MAX_SIDECAR_BYTES,
  SIDECAR_NAME,
  type SidecarProblem,
  type SidecarReport,
} from '../../../shared/sidecar';
import { strings } from '../../../shared/strings';
import type { PathSource } from '../paths/policy';
import { planSidecar, type SidecarPlan } from '../settings/sidecar';
import type { ConnectionSession } from './connection-session';
import type { CustomFields } from './custom-fields';

export interface SidecarDeps {
  readonly session: ConnectionSession;
  readonly customFields: CustomFields;
  files(paths: readonly string[], source: PathSource): Promise<SourceFile[]>;
}

/** The first metadata.csv in a folder among `given`, or null. */
async function findSidecar(given: readonly string[]): Promise<string | null> {
  for (const path of given) {
    const info = await stat(path).catch(() => null);
    if (!info?.isDirectory()) continue;
    const csv = join(path, SIDECAR_NAME);
    if ((await stat(csv).catch(() => null))?.isFile()) return csv;
  }
  return null;
}

/** The CSV's text, or the problem that kept it from being read. */
async function readSidecar(csv: string): Promise<string | SidecarProblem> {
  try {
    const info = await stat(csv);
    if (info.size > MAX_SIDECAR_BYTES) {
      return {
        kind: 'unreadable',
        message: strings.sidecar.tooBig(MAX_SIDECAR_BYTES / 1024 / 1024),
      };
    }
    return await readFile(csv, 'utf8');
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    return { kind: 'unreadable', message: strings.sidecar.unreadable(csv, reason) };
  }
}

export class Sidecars {
  constructor(private readonly deps: SidecarDeps) {}

  /** What a sidecar among `given` (or `csv`) says about these files; null when there is none. */
  async report(
    given: readonly string[],
    source: PathSource,
    destination?: BatchDestination,
    csv?: string,
  ): Promise<SidecarReport | null> {
    const path = csv ?? (await findSidecar(given));
    if (path === null) return null;
    const files = await this.deps.files(given, source);
    const plan = await this.plan(path, files, destination);
    return { csv: path, rows: plan.rows, matched: plan.entries.size, problems: plan.problems };
  }

  /** Each file's own destination and alt text; null when there is no sidecar. */
  async entries(
    given: readonly string[],
    files: readonly SourceFile[],
    destination: BatchDestination | undefined,
    csv: string | undefined,
  ): Promise<ReadonlyMap<string, { destination: BatchDestination; alt?: AltText }> | null> {
    const path = csv ?? (await findSidecar(given));
    if (path === null) return null;
    const plan = await this.plan(path, files, destination);
    const { folder, tags } = destination ?? this.deps.session.settings.upload;
    const base = destination?.customMetadata;
    const out = new Map<string, { destination: BatchDestination; alt?: AltText }>();
    for (const [file, e] of plan.entries) {
      const customMetadata = { ...base, ...e.customMetadata };
      out.set(file, {
        destination: {
          folder: e.folder ?? folder,
          tags: e.tags ?? tags,
          ...(Object.keys(customMetadata).length > 0 ? { customMetadata } : {}),
        },
        ...(e.alt ? { alt: e.alt } : {}),
      });
    }
    return out;
  }

  private async plan(
    csv: string,
    files: readonly SourceFile[],
    destination: BatchDestination | undefined,
  ): Promise<SidecarPlan> {
    const text = await readSidecar(csv);
    if (typeof text !== 'string') return { entries: new Map(), rows: 0, problems: [text] };
    const view = await this.deps.customFields.view();
    const named = files
      .filter((f) => basename(f.path) !== SIDECAR_NAME)
      .map((f) => ({ path: f.path, name: f.name }));
    return planSidecar(
      text,
      named,
      view.state === 'ready' ? view.fields : null,
      destination?.customMetadata ?? {},
    );
  }
}
