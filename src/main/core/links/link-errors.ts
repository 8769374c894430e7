/** The sentences a link's download fails with, each with its code for tests and the CLI's JSON. */
import type { UserError } from '../../../shared/errors';
import { strings } from '../../../shared/strings';

const t = strings.links;

function reasonOf(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ECONNREFUSED') return 'the server refused the connection';
  if (code === 'ECONNRESET') return 'the server closed the connection';
  if (code === 'CERT_HAS_EXPIRED' || String(code).includes('CERT')) {
    return "the server's certificate is not valid";
  }
  return code ?? (err instanceof Error ? err.message : String(err));
}

/** Why a download stopped, as the row and the CLI show it. */
export const linkErrors = {
  notWeb: (scheme: string): UserError => ({ code: 'path-refused', message: t.notWeb(scheme) }),
  redirectNotWeb: (scheme: string): UserError => ({
    code: 'path-refused',
    message: t.redirectNotWeb(scheme),
  }),
  tooManyRedirects: (max: number): UserError => ({
    code: 'download-failed',
    message: t.tooManyRedirects(max),
  }),
  privateAddress: (host: string): UserError => ({
    code: 'path-refused',
    message: t.privateAddress(host),
  }),
  hostNotFound: (host: string): UserError => ({
    code: 'download-failed',
    message: t.hostNotFound(host),
  }),
  status: (status: number): UserError => ({ code: 'download-failed', message: t.status(status) }),
  tooLarge: (maxBytes: number): UserError => ({ code: 'too-large', message: t.tooLarge(maxBytes) }),
  empty: (): UserError => ({ code: 'empty-file', message: t.empty }),
  notImage: (kind: 'text' | 'unknown'): UserError => ({
    code: 'not-an-image',
    message: t.notImage(kind === 'text' ? t.textContent : t.unknownContent),
  }),
  noAnswer: (ms: number): UserError => ({
    code: 'timeout',
    message: t.noAnswer(Math.round(ms / 1000)),
  }),
  tooSlow: (ms: number): UserError => ({
    code: 'timeout',
    message: t.tooSlow(Math.round(ms / 1000)),
  }),
  network: (err: unknown): UserError => ({
    code: 'download-failed',
    message: t.network(reasonOf(err)),
  }),
  saveFailed: (err: unknown): UserError => ({
    code: 'write-failed',
    message: t.saveFailed(reasonOf(err)),
  }),
};

/** A download that stopped, carrying the sentence to show. */
export class LinkError extends Error {
  constructor(readonly userError: UserError) {
    super(userError.message);
    this.name = 'LinkError';
  }
}
