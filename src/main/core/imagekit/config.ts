/** Checks a ClientConfig once and turns it into what attempts need. */
import { strings, type Fixes } from '../../../shared/strings';
import { assertNever } from '../../../shared/assert';
import type { ConnectionSettings } from '../../../shared/settings';
import { TokenSource } from './auth';
import type { AttemptDeps } from './attempt';
import { abortableSleep, resolvePolicy } from './backoff';
import type { FailureSource } from './failures';
import type { ClientConfig, Credentials, RetryPolicy } from './types';

export interface ResolvedConfig {
  readonly policy: RetryPolicy;
  readonly deps: AttemptDeps;
  readonly mode: Credentials['mode'];
  readonly hosts: { readonly [K in FailureSource]: string };
  /** The auth endpoint's URL in signed mode ('' otherwise), for the offline probe. */
  readonly authEndpoint: string;
  readonly secrets: readonly string[];
  /** What failures tell the reader to do (the app's Settings unless the CLI says otherwise). */
  readonly fixes?: Fixes;
  readonly random: () => number;
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

function httpUrl(value: string): URL | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** The config ready to use, or a sentence saying what is missing in Settings. */
export function resolveConfig(config: ClientConfig): ResolvedConfig | string {
  const upload = httpUrl(config.uploadUrl);
  if (!upload) return strings.config.uploadUrl;
  const api = httpUrl(config.apiUrl);
  if (!api) return strings.config.apiUrl;
  const creds = config.credentials;
  const fetchImpl = config.fetch ?? globalThis.fetch;
  const now = config.now ?? Date.now;
  const policy = resolvePolicy(config.retry);
  let privateKey: string | null = null;
  let signed: AttemptDeps['signed'] = null;
  let authHost = '';
  let authEndpoint = '';
  switch (creds.mode) {
    case 'private-key':
      if (creds.privateKey.trim() === '') {
        return strings.config.noPrivateKey;
      }
      privateKey = creds.privateKey.trim();
      break;
    case 'auth-endpoint': {
      const endpoint = httpUrl(creds.authEndpoint);
      if (!endpoint) {
        return strings.config.authEndpoint;
      }
      if (creds.publicKey.trim() === '') {
        return strings.config.noPublicKey;
      }
      authHost = endpoint.host;
      authEndpoint = endpoint.toString();
      signed = {
        tokens: new TokenSource(endpoint.toString(), fetchImpl, now),
        publicKey: creds.publicKey.trim(),
      };
      break;
    }
    default:
      return assertNever(creds, 'credentials');
  }
  return {
    policy,
    mode: creds.mode,
    deps: {
      uploadUrl: upload.toString(),
      apiUrl: api.toString().replace(/\/+$/, ''),
      privateKey,
      signed,
      timeoutMs: Math.ceil(policy.attemptTimeoutMs),
      fetch: fetchImpl,
      now,
    },
    hosts: { upload: upload.host, api: api.host, 'auth-endpoint': authHost },
    authEndpoint,
    secrets: privateKey ? secretForms(privateKey) : [],
    ...(config.fixes ? { fixes: config.fixes } : {}),
    random: config.random ?? Math.random,
    sleep: config.sleep ?? abortableSleep,
  };
}

/**
 * The key in every form this app puts on the wire, so an echoed header or body is hidden too:
 * raw, and base64 of "key:" as in the Basic header (standard and URL-safe alphabets, with and
 * without padding). The message code adds the URL-encoded forms of each.
 */
export function secretForms(privateKey: string): string[] {
  const basic = Buffer.from(`${privateKey}:`, 'utf8');
  const forms = [
    privateKey,
    basic.toString('base64'),
    basic.toString('base64').replace(/=+$/, ''),
    basic.toString('base64url'),
    Buffer.from(privateKey, 'utf8').toString('base64').replace(/=+$/, ''),
  ];
  return [...new Set(forms)];
}

/**
 * A ClientConfig from the app's connection settings and the stored key (null if none); `extra`
 * sets the rest (the CLI's --deadline goes in as a retry policy).
 */
export function configFromSettings(
  connection: ConnectionSettings,
  privateKey: string | null,
  extra: Omit<ClientConfig, 'uploadUrl' | 'apiUrl' | 'credentials'> = {},
): ClientConfig {
  const credentials: Credentials =
    connection.authMode === 'private-key'
      ? { mode: 'private-key', privateKey: privateKey ?? '', publicKey: connection.publicKey }
      : {
          mode: 'auth-endpoint',
          authEndpoint: connection.authEndpoint,
          publicKey: connection.publicKey,
        };
  return { ...extra, uploadUrl: connection.uploadUrl, apiUrl: connection.apiUrl, credentials };
}
