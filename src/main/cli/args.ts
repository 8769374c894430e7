import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs with its errors turned into one-line usage errors. */
export function parseCommandArgs<T extends Options>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    const code = (err as { code?: string }).code;
    // parseArgs explains unknown options at length; the option's name is what people need.
    const option = /'(-[^']*)'/.exec(text)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option)
      throw new UsageError(`unknown option ${option}.`);
    // Node words these as "Option '-o, --out <value>' argument missing" and the like.
    const flag = option === undefined ? undefined : (/--[\w-]+/.exec(option)?.[0] ?? option);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && flag) {
      if (/argument missing/.test(text)) throw new UsageError(`${flag} needs a value after it.`);
      if (/ambiguous/.test(text)) {
        throw new UsageError(
          `${flag} needs a value after it; for a value that starts with a dash, write ${flag}=-value.`,
        );
      }
      if (/does not take an argument/.test(text)) {
        throw new UsageError(`${flag} takes no value; give it alone.`);
      }
    }
    const line = text.split('\n')[0]!;
    throw new UsageError(/[.!?]$/.test(line) ? line : `${line}.`);
  }
}

/** Parses a positive whole number option within bounds, or explains what is wrong. */
export function parseCount(
  value: string | undefined,
  name: string,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not "${value}".`);
  }
  return n;
}
