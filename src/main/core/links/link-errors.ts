/** The sentences a link's download fails with, each with its code for tests and the CLI's JSON. */
import type { ErrorCode, UserError } from '../../../shared/errors';
import { strings } from '../../../shared/strings';

const t = strings.links;

/** The reason shown in a sentence: plain words for the usual ones, else the system's code. */
function reasonOf(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ECONNREFUSED') return t.refused;
  if (code === 'ECONNRESET') return t.reset;
  if (code !== undefined && code.includes('CERT')) return t.badCertificate;
  return code ?? (err instanceof Error ? err.message : String(err));
}

function said(code: ErrorCode, message: string): UserError {
  return { code, message };
}

const seconds = (ms: number): number => Math.round(ms / 1000);

/** Why a download stopped, as the row and the CLI show it. */
export const linkErrors = {
  notWeb: (scheme: string) => said('path-refused', t.notWeb(scheme)),
  redirectNotWeb: (scheme: string) => said('path-refused', t.redirectNotWeb(scheme)),
  credentials: () => said('path-refused', t.credentials),
  tooManyRedirects: (max: number) => said('download-failed', t.tooManyRedirects(max)),
  privateAddress: (host: string) => said('path-refused', t.privateAddress(host)),
  hostNotFound: (host: string) => said('download-failed', t.hostNotFound(host)),
  status: (status: number) => said('download-failed', t.status(status)),
  tooLarge: (maxBytes: number) => said('too-large', t.tooLarge(maxBytes)),
  empty: () => said('empty-file', t.empty),
  notImage: (kind: 'text' | 'unknown') =>
    said('not-an-image', t.notImage(kind === 'text' ? t.textContent : t.unknownContent)),
  noAnswer: (ms: number) => said('timeout', t.noAnswer(seconds(ms))),
  tooSlow: (ms: number) => said('timeout', t.tooSlow(seconds(ms))),
  network: (err: unknown) => said('download-failed', t.network(reasonOf(err))),
  saveFailed: (err: unknown) => said('write-failed', t.saveFailed(reasonOf(err))),
};

/** A download that stopped, carrying the sentence to show. */
export class LinkError extends Error {
  constructor(readonly userError: UserError) {
    super(userError.message);
    this.name = 'LinkError';
  }
}
