/** `serve`: the PicGo-compatible local upload server, headless, for Typora and Obsidian. */
import { randomUUID } from 'node:crypto';
import { PICGO_DEFAULT_PORT, PICGO_KEY_MIN_LENGTH } from '../../shared/integrations';
import { parseCommandArgs, parseCount } from './args';
import type { CliCommand, CommandContext } from './command';
import { EXIT, UsageError, type CliIo } from './io';
import { CLI_SESSION_PREFIX, cliService, connect } from './cli-service';
import { defaultStateDir, openCliState } from './state-dir';
import { connectionFromEnv, ENV_HELP } from './upload-env';
import { givesKeyOnCommandLine, readServerKey, SERVER_KEY_ENV } from './server-key';
import { destinationFromFlags, DESTINATION_OPTIONS } from './destination-flags';
import { logRequest, SERVE_KEY_WORDS } from './serve-log';
import { strings } from '../../shared/strings';

const USAGE = `Usage: npm run cli -- serve [--port N] [--key-file PATH] [--folder /path] [--tags a,b] [--state-dir DIR]

Listens on 127.0.0.1 for the PicGo upload protocol that Typora and Obsidian's image plugins
speak: POST /upload with {"list": ["/absolute/path.png"]} uploads those files (both variants,
through the same pipeline as \`upload\`) and answers {"success": true, "result": [main links]}.
The command line has no clipboard, so a request without a body is answered with a failure.
Each request prints one line per file on stdout: its path and its link, or why it failed.

  --port <n>          port to listen on, 0-65535 (default ${PICGO_DEFAULT_PORT}; 0 picks a free one)
  --key-file <path>   ask every request for ?key=<the key in this file> (at least
                      ${PICGO_KEY_MIN_LENGTH} letters, digits, - and _; keep the file to yourself)
  --folder <path>     destination folder on ImageKit (default /)
  --tags <a,b>        tags for every uploaded file
  --state-dir <dir>   where the journal and the history live (default: the desktop app's
                      folder, ${defaultStateDir()})
  --help, -h          show this help

Runs until Ctrl+C. There is no --key: every user of the computer can read a command line.

${ENV_HELP}
  ${SERVER_KEY_ENV}         the key every request must carry (instead of --key-file)

Exit codes: 1 the port could not be used, 2 usage error, 130 stopped by Ctrl+C.`;

/** Resolves when `signal` aborts (Ctrl+C). */
function untilAborted(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (!signal) return;
    if (signal.aborted) return resolve();
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

async function run(args: readonly string[], io: CliIo, ctx: CommandContext): Promise<number> {
  if (givesKeyOnCommandLine(args)) throw new UsageError(strings.cli.keyFlagRefused);
  const { values, positionals } = parseCommandArgs(args, {
    port: { type: 'string' },
    'key-file': { type: 'string' },
    ...DESTINATION_OPTIONS,
    'state-dir': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    io.out(USAGE);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError('serve takes no file names; clients send them.');
  const env = connectionFromEnv(ctx.env ?? process.env);
  const destination = destinationFromFlags(values);
  const port = parseCount(values.port, 'port', 0, 65_535) ?? PICGO_DEFAULT_PORT;
  const key = await readServerKey(values['key-file'], ctx.env ?? process.env);
  const integrations = { picgo: { enabled: true, port, key } };

  const state = openCliState(values, io, ctx.env ?? process.env, true);
  if (!state) return EXIT.someFailed;
  try {
    state.dropFinished(CLI_SESSION_PREFIX);
    const service = cliService(state, `${CLI_SESSION_PREFIX}serve-${randomUUID()}`, {
      integration: { keyWords: SERVE_KEY_WORDS, onRequest: (paths, o) => logRequest(io, paths, o) },
    });
    try {
      const upload = { ...destination, autoUpload: true };
      await connect(service, { ...env.patch, upload }, env.privateKey);
      const { picgoServer } = await service.updateSettings({ integrations });
      if (picgoServer.state !== 'listening') {
        io.err(
          strings.cli.error(
            picgoServer.state === 'failed'
              ? `${picgoServer.message} ${strings.cli.servePortHint}`
              : strings.cli.serverDidNotStart,
          ),
        );
        return EXIT.someFailed;
      }
      io.out(strings.cli.listening(picgoServer.port, key !== ''));
      await untilAborted(ctx.signal);
      return EXIT.interrupted;
    } finally {
      await service.close();
    }
  } finally {
    state.close();
  }
}

export const serveCommand: CliCommand = {
  summary: 'listen on 127.0.0.1 for Typora and Obsidian (the PicGo upload protocol)',
  usage: USAGE,
  run,
};
