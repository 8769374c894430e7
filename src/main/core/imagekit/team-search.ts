/**
 * The team duplicate check's calls to ImageKit: create the SHA-256 custom metadata field, and
 * find the files a folder holds for a list of source hashes (list and search assets).
 */
import { TEAM_SHA_FIELD, TEAM_SHA_FIELD_DEFINITION } from '../../../shared/team-check';
import type { ResolvedConfig } from './config';
import { RequestFailure } from './failures';
import { client, once, type LibraryResult } from './library';
import { authHeaders } from './transport';

/** One file the search found, with the hash it carries. */
export interface TeamFile {
  readonly sha256: string;
  readonly fileId: string;
  readonly name: string;
  readonly filePath: string;
  readonly url: string;
  readonly width: number;
  readonly height: number;
  readonly size: number;
  /** ms since the epoch. */
  readonly createdAt: number;
}

/** The search: files in `folder` whose SHA-256 field is one of `hashes`. */
export function teamQuery(hashes: readonly string[]): string {
  return `"customMetadata.${TEAM_SHA_FIELD}" IN ${JSON.stringify(hashes)}`;
}

const count = (v: unknown): number => (typeof v === 'number' && v >= 0 ? v : 0);

function teamFile(item: unknown): TeamFile | null {
  if (!item || typeof item !== 'object') return null;
  const r = item as Record<string, unknown>;
  const meta = (r.customMetadata ?? {}) as Record<string, unknown>;
  const sha256 = meta[TEAM_SHA_FIELD];
  const { fileId, name, filePath, url } = r;
  if (typeof sha256 !== 'string' || typeof fileId !== 'string' || typeof url !== 'string') {
    return null;
  }
  if (typeof name !== 'string' || typeof filePath !== 'string') return null;
  const createdAt = typeof r.createdAt === 'string' ? Date.parse(r.createdAt) : NaN;
  return {
    sha256,
    fileId,
    name,
    filePath,
    url,
    width: count(r.width),
    height: count(r.height),
    size: count(r.size),
    createdAt: Number.isNaN(createdAt) ? 0 : createdAt,
  };
}

/** Files in `folder` recorded with one of `hashes` (one search request). Never throws. */
export function findBySha256(
  config: ResolvedConfig,
  folder: string,
  hashes: readonly string[],
): Promise<LibraryResult<TeamFile[]>> {
  return once(config, 'list', async (signal) => {
    const body: unknown = await client(config).assets.list(
      { path: folder, type: 'file', limit: 1000, searchQuery: teamQuery(hashes) },
      { headers: authHeaders(config.deps.privateKey), signal },
    );
    if (!Array.isArray(body)) {
      throw new RequestFailure({ kind: 'bad-response', source: 'api', detail: 'not a list' });
    }
    return body.map(teamFile).filter((f): f is TeamFile => f !== null);
  });
}

/** Creates the SHA-256 field (create custom metadata field). Never throws. */
export function createTeamField(config: ResolvedConfig): Promise<LibraryResult<void>> {
  return once(config, 'update', async (signal) => {
    await client(config).customMetadataFields.create(
      {
        ...TEAM_SHA_FIELD_DEFINITION,
        schema: { ...TEAM_SHA_FIELD_DEFINITION.schema },
      },
      { headers: authHeaders(config.deps.privateKey), signal },
    );
  });
}
