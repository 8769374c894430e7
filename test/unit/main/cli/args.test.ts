import { describe, expect, it } from 'vitest';
import { parseCommandArgs } from '../../../../src/main/cli/args';

const OPTIONS = {
  deadline: { type: 'string' },
  json: { type: 'boolean' },
  out: { type: 'string', short: 'o' },
} as const;

function refusal(args: string[]): string {
  try {
    parseCommandArgs(args, OPTIONS);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error(`${args.join(' ')} was accepted`);
}

describe('the command line, in our words', () => {
  it('names an option given without its value', () => {
    expect(refusal(['--deadline'])).toBe('--deadline needs a value after it.');
    // One with a short name too is named by its long one.
    expect(refusal(['--out'])).toBe('--out needs a value after it.');
    expect(refusal(['-o'])).toBe('--out needs a value after it.');
    // Another option where the value should be.
    expect(refusal(['--deadline', '--json'])).toBe(
      '--deadline needs a value after it; for a value that starts with a dash, write --deadline=-value.',
    );
  });

  it('names a switch given a value, and an unknown option', () => {
    expect(refusal(['--json=yes'])).toBe('--json takes no value; give it alone.');
    expect(refusal(['-z'])).toBe('unknown option -z.');
  });

  it('takes what is right', () => {
    const { values, positionals } = parseCommandArgs(['a.jpg', '--deadline', '60'], OPTIONS);
    expect(values).toEqual({ deadline: '60' });
    expect(positionals).toEqual(['a.jpg']);
  });
});
