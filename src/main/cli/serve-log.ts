/** What `serve` prints for each request it answers, and what it tells a caller about its key. */
import type { PicgoOutcome } from '../core/integrations/server';
import type { KeyWords } from '../core/integrations/picgo-request';
import type { CliIo } from './io';
import { strings } from '../../shared/strings';

/** The key is the one `serve` was started with, not one in the app's Settings. */
export const SERVE_KEY_WORDS: KeyWords = {
  missing: strings.cli.serveKeyMissing,
  wrong: strings.cli.serveKeyWrong,
};

/**
 * One line per file the request named, with its link; when the request failed, the files that
 * did upload all the same, then the sentence that names what failed.
 */
export function logRequest(io: CliIo, paths: readonly string[], outcome: PicgoOutcome): void {
  if (outcome.ok) {
    for (const [i, url] of outcome.urls.entries()) {
      io.out(strings.cli.served(paths[i] ?? '', url));
    }
    return;
  }
  for (const { path, url } of outcome.uploaded ?? []) io.out(strings.cli.served(path, url));
  io.out(strings.cli.serveFailed(outcome.message));
}
