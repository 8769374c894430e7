/**
 * "Test connection" without uploading anything. With a private key it lists one file through
 * the management API, which needs the same key as uploads. With an auth endpoint there is no
 * key here to test, so it fetches one token and checks its shape; ImageKit itself checks the
 * signature only at the first upload, and the message says so.
 */
import type { ConnectionResult } from '../../../shared/contract';
import type { ResolvedConfig } from './config';
import type { Failure, FailureSource } from './failures';
import { RequestFailure, failureFrom } from './failures';
import { describeConfigFailure } from './config-failure';
import { CANCELLED } from './upload-errors';
import { authHeaders, sdkClient } from './transport';
import { strings } from '../../../shared/strings';

function failed(config: ResolvedConfig, f: Failure): ConnectionResult {
  return { ok: false, error: describeConfigFailure(config, f) };
}

async function listOneFile(config: ResolvedConfig, signal: AbortSignal): Promise<void> {
  const { deps } = config;
  const client = sdkClient({
    privateKey: deps.privateKey,
    apiUrl: deps.apiUrl,
    timeoutMs: deps.timeoutMs,
    fetch: deps.fetch,
  });
  let body: unknown;
  try {
    body = await client.assets.list(
      { limit: 1 },
      { headers: authHeaders(deps.privateKey), signal },
    );
  } catch (err) {
    throw new RequestFailure(failureFrom(err, 'api', deps.now()));
  }
  if (!Array.isArray(body)) {
    throw new RequestFailure({
      kind: 'bad-response',
      source: 'api',
      detail: 'not a list of files',
    });
  }
}

/** Checks the credentials; never uploads and never throws for expected failures. */
export async function testConnection(
  config: ResolvedConfig,
  signal: AbortSignal | undefined,
): Promise<ConnectionResult> {
  const timer = new AbortController();
  const timeout = setTimeout(() => timer.abort(), config.policy.attemptTimeoutMs);
  const combined = AbortSignal.any([timer.signal, ...(signal ? [signal] : [])]);
  const source: FailureSource = config.deps.signed ? 'auth-endpoint' : 'api';
  try {
    if (config.deps.signed) {
      await config.deps.signed.tokens.next(combined);
      return {
        ok: true,
        message: strings.connection.authEndpointAnswered(config.hosts['auth-endpoint']),
      };
    }
    await listOneFile(config, combined);
    return {
      ok: true,
      message: strings.connection.connected(config.hosts.api),
    };
  } catch (err) {
    if (signal?.aborted) return { ok: false, error: CANCELLED };
    const f = failureFrom(err, source, config.deps.now());
    return failed(config, f.kind === 'aborted' ? { kind: 'timeout', source } : f);
  } finally {
    clearTimeout(timeout);
  }
}
