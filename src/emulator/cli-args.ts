import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import type { EmulatorOptions, FaultOptions, RunningEmulator } from './types';

export const USAGE = `Usage: npm run emulator -- [options]

  --port N              port on 127.0.0.1 (default 4010; 0 picks a free one)   env EMULATOR_PORT
  --host ADDRESS        a loopback address to listen on (default 127.0.0.1; ::1, localhost
                        or another 127.x.x.x)   env EMULATOR_HOST
  --data DIR            where files and the index persist (default ./.emulator-data)  env EMULATOR_DATA
  --private-key KEY     the emulator's own key (default private_test)   env EMULATOR_PRIVATE_KEY
  --public-key KEY      (default public_test)    env EMULATOR_PUBLIC_KEY
                        (IMAGEKIT_PRIVATE_KEY is never read: it holds a real account's key)
  --url-endpoint-id ID  first path segment of file urls (default demo)
  --max-upload-mb N     largest accepted file (default 25)
  --uplink-mbit N       one uplink shared by all uploads, in megabits per second
                        (default: unlimited); with --latency, a slow connection
Faults (per upload request, from a seeded random sequence):
  --latency MS          delay before every API answer
  --fail-rate R         share answered 500/502/503 (0..1)
  --rate-limit-rate R   share answered 429 with Retry-After
  --retry-after S       whole seconds for Retry-After (default 1)
  --reset-rate R        share whose connection is reset
  --stall-rate R        share never answered
  --fault-after-store   let half of the 5xx/resets/stalls hit after the file was stored
  --seed N              replay a fault sequence
  --help`;

export interface CliConfig {
  readonly options: EmulatorOptions;
  /** Whether each key came from EMULATOR_* variables (then it is not printed). */
  readonly keysFromEnv: { readonly privateKey: boolean; readonly publicKey: boolean };
}

type Env = Readonly<Record<string, string | undefined>>;

/** Reads flags and env fallbacks; returns null for --help; throws on a bad value. */
export function parseCli(argv: readonly string[], env: Env): CliConfig | null {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      'private-key': { type: 'string' },
      'public-key': { type: 'string' },
      'url-endpoint-id': { type: 'string' },
      'max-upload-mb': { type: 'string' },
      'uplink-mbit': { type: 'string' },
      latency: { type: 'string' },
      'fail-rate': { type: 'string' },
      'rate-limit-rate': { type: 'string' },
      'retry-after': { type: 'string' },
      'reset-rate': { type: 'string' },
      'stall-rate': { type: 'string' },
      'fault-after-store': { type: 'boolean' },
      seed: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return null;
  const num = (name: string, raw: string | undefined): number | undefined => {
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value)) {
      throw new Error(`--${name} needs a number, not "${raw}".`);
    }
    return value;
  };
  const faults: FaultOptions = {
    latencyMs: num('latency', values.latency),
    serverErrorRate: num('fail-rate', values['fail-rate']),
    rateLimitRate: num('rate-limit-rate', values['rate-limit-rate']),
    retryAfterSeconds: num('retry-after', values['retry-after']),
    resetRate: num('reset-rate', values['reset-rate']),
    stallRate: num('stall-rate', values['stall-rate']),
    faultAfterStore: values['fault-after-store'] ?? false,
    seed: num('seed', values.seed),
  };
  const maxMb = num('max-upload-mb', values['max-upload-mb']);
  const uplinkMbit = num('uplink-mbit', values['uplink-mbit']);
  if (uplinkMbit !== undefined && !(uplinkMbit > 0)) {
    throw new Error(`--uplink-mbit needs a number above 0, not "${values['uplink-mbit']}".`);
  }
  // Its own variables only: IMAGEKIT_PRIVATE_KEY is the CLI's key for a real account, and the
  // emulator hands out signatures made with its key to anyone on this machine.
  const privateKey = values['private-key'] ?? env.EMULATOR_PRIVATE_KEY;
  const publicKey = values['public-key'] ?? env.EMULATOR_PUBLIC_KEY;
  return {
    options: {
      host: values.host ?? env.EMULATOR_HOST ?? '127.0.0.1',
      port: num('port', values.port ?? env.EMULATOR_PORT) ?? 4010,
      dataDir: values.data ?? env.EMULATOR_DATA ?? './.emulator-data',
      privateKey: privateKey || 'private_test',
      publicKey: publicKey || 'public_test',
      urlEndpointId: values['url-endpoint-id'] ?? 'demo',
      faults,
      ...(maxMb !== undefined ? { maxUploadBytes: Math.round(maxMb * 1024 * 1024) } : {}),
      ...(uplinkMbit !== undefined ? { uplinkBytesPerSecond: (uplinkMbit * 1e6) / 8 } : {}),
    },
    keysFromEnv: {
      privateKey: values['private-key'] === undefined && Boolean(env.EMULATOR_PRIVATE_KEY),
      publicKey: values['public-key'] === undefined && Boolean(env.EMULATOR_PUBLIC_KEY),
    },
  };
}

/** The start-up text: where it listens and exactly how to point the CLI and the app at it. */
export function describeSetup(emulator: RunningEmulator, config: CliConfig): string {
  const { options, keysFromEnv } = config;
  const exportKey = (name: string, value: string, fromEnv: boolean): string =>
    fromEnv
      ? `  export ${name}="$${name.replace('IMAGEKIT_', 'EMULATOR_')}"`
      : `  export ${name}=${value}`;
  return [
    `ImageKit emulator listening on ${emulator.origin}`,
    `  files persist in ${resolve(options.dataDir)}; faults: ${describeFaults(options.faults ?? {})}${describeUplink(options.uplinkBytesPerSecond)}`,
    '',
    'Point the CLI at it (shell):',
    exportKey('IMAGEKIT_PRIVATE_KEY', options.privateKey, keysFromEnv.privateKey),
    exportKey('IMAGEKIT_PUBLIC_KEY', options.publicKey, keysFromEnv.publicKey),
    `  export IMAGEKIT_URL_ENDPOINT=${emulator.urlEndpoint}`,
    `  export IMAGEKIT_UPLOAD_URL=${emulator.uploadUrl}`,
    `  export IMAGEKIT_API_URL=${emulator.apiUrl}`,
    `  export IMAGEKIT_AUTH_ENDPOINT=${emulator.authEndpoint}`,
    '',
    'Or in the app, Settings > Connection:',
    `  Upload URL    ${emulator.uploadUrl}`,
    `  API URL       ${emulator.apiUrl}`,
    `  URL endpoint  ${emulator.urlEndpoint}`,
    `  Public key    ${keysFromEnv.publicKey ? '(from EMULATOR_PUBLIC_KEY)' : options.publicKey}`,
    `  Private key   ${keysFromEnv.privateKey ? '(from EMULATOR_PRIVATE_KEY)' : options.privateKey}`,
    `  Auth endpoint ${emulator.authEndpoint}  (for "auth endpoint" mode)`,
    '',
    `Inspect: ${emulator.origin}/__emulator/files and /__emulator/stats. Ctrl-C stops it.`,
  ].join('\n');
}

function describeFaults(f: FaultOptions): string {
  const parts: string[] = [];
  const pct = (rate: number | undefined) => `${Math.round((rate ?? 0) * 1000) / 10}%`;
  if (f.latencyMs) parts.push(`latency ${f.latencyMs} ms`);
  if (f.serverErrorRate) parts.push(`5xx ${pct(f.serverErrorRate)}`);
  if (f.rateLimitRate)
    parts.push(`429 ${pct(f.rateLimitRate)} (Retry-After ${f.retryAfterSeconds ?? 1}s)`);
  if (f.resetRate) parts.push(`resets ${pct(f.resetRate)}`);
  if (f.stallRate) parts.push(`stalls ${pct(f.stallRate)}`);
  if (parts.length > 0 && f.faultAfterStore) parts.push('some after store');
  if (parts.length > 0 && f.seed !== undefined) parts.push(`seed ${f.seed}`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}

function describeUplink(bytesPerSecond: number | undefined): string {
  return bytesPerSecond ? `; uplink ${Math.round((bytesPerSecond * 8) / 1e5) / 10} Mbit/s` : '';
}
