/**
 * Where `serve` gets the local server's key: PICGO_SERVER_KEY or a file named by --key-file.
 * Never the command line, which every user of the computer can read (ps, /proc/<pid>/cmdline).
 */
import { readFile } from 'node:fs/promises';
import { PICGO_KEY_MIN_LENGTH, serverKeyProblem } from '../../shared/integrations';
import { strings } from '../../shared/strings';
import { UsageError } from './io';

/** The environment variable that holds the key. */
export const SERVER_KEY_ENV = 'PICGO_SERVER_KEY';

/** Whether the arguments try to give the key on the command line (`--key K` or `--key=K`). */
export function givesKeyOnCommandLine(args: readonly string[]): boolean {
  return args.some((arg) => arg === '--key' || arg.startsWith('--key='));
}

async function fromFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new UsageError(strings.cli.keyFileUnreadable(path, code), { cause: err });
  }
}

/** The key (empty for none), checked like a key typed in Settings; throws UsageError. */
export async function readServerKey(
  keyFile: string | undefined,
  env: NodeJS.ProcessEnv,
): Promise<string> {
  const fromEnv = env[SERVER_KEY_ENV];
  if (keyFile !== undefined && fromEnv !== undefined && fromEnv !== '') {
    throw new UsageError(strings.cli.serverKeyTwice);
  }
  const source = keyFile ?? SERVER_KEY_ENV;
  // A key file usually ends with a line break; so may a variable set from one.
  const key = (keyFile === undefined ? (fromEnv ?? '') : await fromFile(keyFile)).trim();
  switch (serverKeyProblem(key)) {
    case 'chars':
      throw new UsageError(strings.cli.serverKeyChars(source));
    case 'short':
      throw new UsageError(strings.cli.serverKeyTooShort(source, PICGO_KEY_MIN_LENGTH));
    default:
      return key;
  }
}
