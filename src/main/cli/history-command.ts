/** `history`: every upload recorded in the state folder, as JSON lines, CSV, Markdown or HTML. */
import type { HistoryEntry } from '../../shared/history';
import {
  formatHistory,
  HISTORY_TEXT_FORMATS,
  type HistoryTextFormat,
} from '../../shared/history-format';
import { parseCommandArgs } from './args';
import type { CliCommand, CommandContext } from './command';
import { EXIT, UsageError, type CliIo } from './io';
import { defaultStateDir, readCliState } from './state-dir';
import { strings } from '../../shared/strings';
import { DEFAULT_RESPONSIVE_WIDTHS, RESPONSIVE_WIDTH_LIMITS } from '../../shared/responsive';

const PAGE = 1000;

const USAGE = `Usage: npm run cli -- history [--state-dir DIR] [--format json|csv|markdown|html|responsive|url] [--widths 400,800] [--search TEXT] [--folder PATH]

Lists every upload recorded in the state folder (the app's and the CLI's), newest first. It only
reads, so it works while the app or another command is uploading.

  --state-dir <dir>   the state folder (default: the desktop app's folder,
                      ${defaultStateDir()}); one with no state is refused
  --create            start an empty state folder there instead
  --format <f>        json: one object per line {source, name, sha256, folder, uploadedAt,
                      main:{url,width,height,bytes}, thumb:{...}, srcset} (default);
                      csv: a header row, then one row per upload;
                      markdown: one image link per upload; html: one <img> per upload;
                      responsive: one <img> with srcset, sizes, width, height, alt,
                      loading="lazy" and decoding="async" per upload;
                      url: the main variant's link
  --widths <a,b>      the widths (px) srcset offers, never wider than the stored image
                      (default 400,800)
  --search <text>     only names containing the text (any case)
  --folder <path>     only uploads to this folder ("products/2026/" is "/products/2026")
  --help, -h          show this help`;

function parseFormat(value: string | undefined): HistoryTextFormat {
  if (value === undefined) return 'json';
  if ((HISTORY_TEXT_FORMATS as readonly string[]).includes(value))
    return value as HistoryTextFormat;
  throw new UsageError(
    `--format must be one of ${HISTORY_TEXT_FORMATS.join(', ')}, not "${value}".`,
  );
}

function parseWidths(value: string | undefined): readonly number[] {
  if (value === undefined) return DEFAULT_RESPONSIVE_WIDTHS;
  const { count, min, max } = RESPONSIVE_WIDTH_LIMITS;
  const parts = value.split(',').map((w) => w.trim());
  const widths = parts.map(Number);
  if (
    parts.length > count ||
    widths.some((w, i) => parts[i] === '' || !Number.isInteger(w) || w < min || w > max)
  ) {
    throw new UsageError(strings.cli.badWidths(value, count, min, max));
  }
  return widths;
}

async function run(args: readonly string[], io: CliIo, ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    'state-dir': { type: 'string' },
    create: { type: 'boolean', default: false },
    format: { type: 'string' },
    widths: { type: 'string' },
    search: { type: 'string' },
    folder: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    io.out(USAGE);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError('history takes no file names.');
  const format = parseFormat(values.format);
  const widths = parseWidths(values.widths);
  const env = ctx.env ?? process.env;
  const state = readCliState(values, io, env);
  if (!state) {
    io.err(strings.cli.noHistoryMatch(values['state-dir'] ?? defaultStateDir(env)));
    return EXIT.ok;
  }
  try {
    const entries: HistoryEntry[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = state.history.query({
        ...(values.search !== undefined ? { search: values.search } : {}),
        ...(values.folder !== undefined ? { folder: values.folder } : {}),
        offset,
        limit: PAGE,
      });
      entries.push(...page.entries);
      if (page.entries.length < PAGE) break;
    }
    // io.out ends the output with a line break of its own; the CSV form already ends in one.
    if (entries.length > 0 || format === 'csv') {
      io.out(formatHistory(entries, format, widths).replace(/\r?\n$/, ''));
    } else io.err(strings.cli.noHistoryMatch(state.dir));
    return EXIT.ok;
  } finally {
    state.close();
  }
}

export const historyCommand: CliCommand = {
  summary: 'list every upload recorded in the state folder',
  usage: USAGE,
  run,
};
