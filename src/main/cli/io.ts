/** Where a command writes: stdout for results, stderr for problems. Tests pass their own. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/** The real terminal. */
export const stdio: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Exit codes shared by every command. */
export const EXIT = {
  ok: 0,
  /** Some inputs failed (the rest were done). */
  someFailed: 1,
  /** The command line itself was wrong; nothing was done. */
  usage: 2,
  /** Stopped by Ctrl-C. */
  interrupted: 130,
} as const;

/** A problem with the command line; the message is one line for stderr. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
