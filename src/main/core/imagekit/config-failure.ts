import type { UserError } from '../../../shared/errors';
import type { ResolvedConfig } from './config';
import type { Failure } from './failures';
import { describeFailure } from './upload-errors';

/** The sentence for a failed single request (one try, no file name) made with `config`. */
export function describeConfigFailure(config: ResolvedConfig, f: Failure): UserError {
  return describeFailure(f, {
    mode: config.mode,
    name: '',
    hosts: config.hosts,
    attempts: 1,
    secrets: config.secrets,
    ...(config.fixes ? { fixes: config.fixes } : {}),
  });
}
