import type { ApiMethod, UploaderApi } from '../../../shared/contract';
import { historyExportRequest, historyIds, historyQuery } from './history-args';
import { libraryFileId, libraryQuery } from './library-args';
import { links } from './link-args';
import { parseDestination, parseSettingsPatch } from '../settings/settings-rules';
import { parseWatchChange, watchPath } from '../settings/watch-rules';
import {
  bool,
  integer,
  InvalidInputError,
  list,
  oneOf,
  record,
  text,
  webUrl,
} from '../common/validate';
import { MAX_ALT_CHARS, type AltText } from '../../../shared/alt';
import { strings } from '../../../shared/strings';

/** The most paths one call may add; a folder counts as one path however many files it holds. */
export const MAX_PATHS_PER_CALL = 10_000;

/** The most rows one removal may name; far more than a list holds in practice. */
export const MAX_JOB_IDS_PER_CALL = 100_000;

type ArgParser<K extends ApiMethod> = (args: readonly unknown[]) => Parameters<UploaderApi[K]>;

function none(args: readonly unknown[]): [] {
  if (args.length !== 0) throw new InvalidInputError('This action takes no arguments.');
  return [];
}

function jobId(value: unknown): string {
  const id = text(value, 'Job id', 64);
  if (!/^[A-Za-z0-9_-]+$/.test(id)) throw new InvalidInputError('Job id is not valid.');
  return id;
}

function path(value: unknown, what: string): string {
  const p = text(value, what, 4096);
  if (p.length === 0) throw new InvalidInputError(`${what} is empty.`);
  return p;
}

/** Alt text, the decorative mark, or null for neither. */
function altText(value: unknown): AltText | null {
  if (value === null) return null;
  const v = record(value, strings.alt.field);
  if (v.decorative === true) return { decorative: true };
  const words = text(v.text, strings.alt.field, MAX_ALT_CHARS).trim();
  return words === '' ? null : { text: words };
}

function historyId(value: unknown): number {
  return integer(value, 'History entry', 1, Number.MAX_SAFE_INTEGER);
}

/**
 * Checks and types the arguments of every API method. The renderer is untrusted: IPC handlers
 * and the test bridge run these before calling the service.
 */
export const API_ARGS: { readonly [K in ApiMethod]: ArgParser<K> } = {
  addPaths: (args) => {
    const paths = list(args[0], 'Paths', MAX_PATHS_PER_CALL, path);
    // null travels where undefined cannot (JSON bridges): both mean "not a drop".
    const from =
      args[1] === undefined || args[1] === null
        ? undefined
        : oneOf(args[1], ['drop'] as const, 'Where the paths came from');
    if (args[2] === undefined) return from === undefined ? [paths] : [paths, from];
    return [paths, from, parseDestination(args[2])];
  },
  addLinks: (args) =>
    args[1] === undefined ? [links(args[0])] : [links(args[0]), parseDestination(args[1])],
  pick: (args) => {
    const kind = oneOf(args[0], ['files', 'folder'] as const, 'What to pick');
    return args[1] === undefined ? [kind] : [kind, parseDestination(args[1])];
  },
  getJobs: none,
  pasteClipboard: none,
  cancel: (args) => [jobId(args[0])],
  cancelAll: none,
  pauseAll: none,
  resumeAll: none,
  retry: (args) => [jobId(args[0])],
  retryFailed: none,
  uploadAgain: (args) => [jobId(args[0])],
  startUploads: none,
  getPreview: (args) => [jobId(args[0])],
  clearFinished: none,
  removeJobs: (args) => [list(args[0], 'Job ids', MAX_JOB_IDS_PER_CALL, jobId)],
  getSettings: none,
  updateSettings: (args) => [parseSettingsPatch(args[0])],
  setPrivateKey: (args) => {
    if (args[0] === null) return [null];
    const key = text(args[0], 'Private key', 512).trim();
    if (key.length === 0) throw new InvalidInputError('The private key is empty.');
    if (args[1] === undefined) return [key];
    return [key, oneOf(args[1], ['saved', 'session'] as const, 'Where to keep the key')];
  },
  testConnection: none,
  useTestServer: (args) => [bool(args[0], 'Whether to use the test server')],
  openExternal: (args) => [webUrl(args[0], 'Link')],
  queryHistory: (args) => [historyQuery(args[0])],
  removeFromHistory: (args) => [historyIds(args[0])],
  exportHistory: (args) => [historyExportRequest(args[0])],
  listLibrary: (args) => [libraryQuery(args[0])],
  deleteLibraryFile: (args) => [libraryFileId(args[0])],
  addWatchFolder: none,
  updateWatchFolder: (args) => [watchPath(args[0]), parseWatchChange(args[1])],
  removeWatchFolder: (args) => [watchPath(args[0])],
  setAltText: (args) => [list(args[0], 'Job ids', MAX_JOB_IDS_PER_CALL, jobId), altText(args[1])],
  setHistoryAlt: (args) => [historyId(args[0]), altText(args[1])],
  listCustomFields: none,
  checkSidecar: (args) => {
    const paths = list(args[0], 'Paths', MAX_PATHS_PER_CALL, path);
    return args[1] === undefined ? [paths] : [paths, parseDestination(args[1])];
  },
  getTeamCheck: none,
  setUpTeamCheck: none,
  answerWatchOffer: (args) => [watchPath(args[0]), bool(args[1], 'Whether to upload them')],
};

/** Validate raw arguments for `method`; throws InvalidInputError. */
export function parseArgs<K extends ApiMethod>(
  method: K,
  args: readonly unknown[],
): Parameters<UploaderApi[K]> {
  return (API_ARGS[method] as ArgParser<K>)(args);
}

/** Call `method` on `api` with validated arguments. */
export function callApi<K extends ApiMethod>(
  api: UploaderApi,
  method: K,
  args: readonly unknown[],
): ReturnType<UploaderApi[K]> {
  const parsed = parseArgs(method, args);
  const fn = api[method] as (...a: Parameters<UploaderApi[K]>) => ReturnType<UploaderApi[K]>;
  return fn.apply(api, parsed);
}
