/** The headless entry: `npm run cli -- <command> ...` (run by tsx). Same core as the app. */
// First, so an old Node stops with one clear line before anything else loads.
import '../../scripts/check-node.mjs';
import { runCli } from './cli/run';
import { stdio } from './cli/io';

const interrupted = new AbortController();
process.once('SIGINT', () => interrupted.abort());
process.exitCode = await runCli(process.argv.slice(2), stdio, { signal: interrupted.signal });
