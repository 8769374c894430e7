import type { SettingsPatch } from '../../shared/settings';
import { parseSettingsPatch } from '../core/settings/settings-rules';
import { UsageError } from './io';

/** The connection settings and key the `upload` command takes from the environment. */
export interface EnvConnection {
  readonly patch: SettingsPatch;
  readonly privateKey: string | null;
}

/**
 * Reads IMAGEKIT_* variables. A private key gives private-key mode; IMAGEKIT_AUTH_ENDPOINT
 * (with IMAGEKIT_PUBLIC_KEY) gives signed mode, so no key needs to be on the machine.
 */
export function connectionFromEnv(env: NodeJS.ProcessEnv): EnvConnection {
  const value = (name: string): string => (env[name] ?? '').trim();
  const privateKey = value('IMAGEKIT_PRIVATE_KEY');
  const authEndpoint = value('IMAGEKIT_AUTH_ENDPOINT');
  const publicKey = value('IMAGEKIT_PUBLIC_KEY');
  if (!privateKey && !authEndpoint) {
    throw new UsageError(
      'set IMAGEKIT_PRIVATE_KEY, or IMAGEKIT_AUTH_ENDPOINT and IMAGEKIT_PUBLIC_KEY, to say how uploads are signed.',
    );
  }
  if (!privateKey && !publicKey) {
    throw new UsageError('IMAGEKIT_AUTH_ENDPOINT needs IMAGEKIT_PUBLIC_KEY as well.');
  }
  const connection: Record<string, string> = {
    authMode: privateKey ? 'private-key' : 'auth-endpoint',
    publicKey,
  };
  const urls: Array<[string, string]> = [
    ['IMAGEKIT_URL_ENDPOINT', 'urlEndpoint'],
    ['IMAGEKIT_UPLOAD_URL', 'uploadUrl'],
    ['IMAGEKIT_API_URL', 'apiUrl'],
    ['IMAGEKIT_AUTH_ENDPOINT', 'authEndpoint'],
  ];
  for (const [name, field] of urls) {
    if (!value(name)) continue;
    connection[field] = value(name);
    try {
      parseSettingsPatch({ connection: { [field]: value(name) } });
    } catch (err) {
      // The rule's sentence names the setting; the person set the variable.
      throw new UsageError(`${name} is not usable: ${(err as Error).message}`, { cause: err });
    }
  }
  try {
    return { patch: parseSettingsPatch({ connection }), privateKey: privateKey || null };
  } catch (err) {
    throw new UsageError(`check the IMAGEKIT_* variables: ${(err as Error).message}`, {
      cause: err,
    });
  }
}

/** The environment variables, as the upload and resume commands' help lists them. */
export const ENV_HELP = `Environment:
  IMAGEKIT_PRIVATE_KEY     private key (or use IMAGEKIT_AUTH_ENDPOINT instead)
  IMAGEKIT_PUBLIC_KEY      public key (needed with an auth endpoint)
  IMAGEKIT_URL_ENDPOINT    e.g. https://ik.imagekit.io/your_id
  IMAGEKIT_UPLOAD_URL      upload endpoint (default ImageKit's)
  IMAGEKIT_API_URL         API root for checks (default ImageKit's)
  IMAGEKIT_AUTH_ENDPOINT   your server's URL returning {token, expire, signature}`;
