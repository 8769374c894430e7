import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { judge, parseAllowlist, toFinding } from '../../../scripts/lib/electronegativity-gate';

const root = '/repo/src';

describe('reading Electronegativity findings', () => {
  it('takes the runner objects and the CSV form alike: quoted severity, absolute path', () => {
    const fromRunner = toFinding(
      {
        id: 'PRELOAD_JS_CHECK',
        severity: { name: 'MEDIUM' },
        file: '/repo/src/main/electron/window.ts',
        location: { line: 34 },
      },
      root,
    );
    const fromCsv = toFinding(
      {
        id: 'PRELOAD_JS_CHECK ',
        severity: '"MEDIUM"',
        file: '/repo/src/main/electron/window.ts',
        location: { line: 34 },
      },
      root,
    );
    expect(fromRunner).toEqual({
      id: 'PRELOAD_JS_CHECK',
      severity: 'MEDIUM',
      file: 'main/electron/window.ts',
      line: 34,
    });
    expect(fromCsv).toEqual(fromRunner);
    expect(
      toFinding({ id: 'X', severity: 'low', file: 'C:\\repo\\src\\a\\b.ts' }, 'C:\\repo\\src'),
    ).toMatchObject({
      severity: 'LOW',
      file: 'a/b.ts',
    });
  });
});

describe('the allowlist', () => {
  it('reads one entry a line and skips comments and blank lines', () => {
    const { entries, errors } = parseAllowlist(
      '# reviewed\n\nPRELOAD_JS_CHECK main/electron/window.ts The preload exposes only the contract.\r\n',
    );
    expect(errors).toEqual([]);
    expect(entries).toEqual([
      {
        id: 'PRELOAD_JS_CHECK',
        file: 'main/electron/window.ts',
        reason: 'The preload exposes only the contract.',
        line: 3,
      },
    ]);
  });

  it.each([
    'PRELOAD_JS_CHECK main/electron/window.ts',
    'PRELOAD_JS_CHECK main/electron/window.ts ok',
    'PRELOAD_JS_CHECK',
    'preload_js_check main/electron/window.ts Lower case ids are not ids.',
  ])('refuses a line without a real reason: %s', (line) => {
    const { entries, errors } = parseAllowlist(line);
    expect(entries).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^line 1: expected/);
  });

  it('the committed allowlist parses cleanly', () => {
    const { entries, errors } = parseAllowlist(
      readFileSync('security/electronegativity-allowlist.txt', 'utf8'),
    );
    expect(errors).toEqual([]);
    expect(entries.length).toBeGreaterThan(0);
  });
});

describe('the gate', () => {
  const medium = {
    id: 'PRELOAD_JS_CHECK',
    severity: 'MEDIUM',
    file: 'main/electron/window.ts',
    line: 34,
  };
  const entry = {
    id: 'PRELOAD_JS_CHECK',
    file: 'main/electron/window.ts',
    reason: 'Reviewed: contract only.',
    line: 4,
  };

  it('fails on every HIGH finding, allowlisted or not', () => {
    const high = { ...medium, id: 'NODE_INTEGRATION_JS_CHECK', severity: 'HIGH' };
    const verdict = judge([high], [{ ...entry, id: 'NODE_INTEGRATION_JS_CHECK' }]);
    expect(verdict.failures.map((f) => f.id)).toEqual(['NODE_INTEGRATION_JS_CHECK']);
    expect(verdict.failures[0]?.why).toBe('HIGH findings are never allowed, even when listed');
    expect(judge([high], []).failures[0]?.why).toBe('HIGH findings are never allowed');
  });

  it('fails on a MEDIUM finding the allowlist does not name for that file', () => {
    expect(judge([medium], []).failures).toHaveLength(1);
    expect(judge([medium], [{ ...entry, file: 'main/index.ts' }]).failures).toHaveLength(1);
    expect(judge([medium], [{ ...entry, id: 'AUXCLICK_JS_CHECK' }]).failures).toHaveLength(1);
  });

  it('passes a justified MEDIUM, with its reason, and ignores LOW and INFORMATIONAL', () => {
    const low = { ...medium, id: 'CSP_GLOBAL_CHECK', severity: 'LOW' };
    const info = { ...medium, id: 'X', severity: 'INFORMATIONAL' };
    const verdict = judge([medium, low, info], [entry]);
    expect(verdict.failures).toEqual([]);
    expect(verdict.allowed).toEqual([{ ...medium, reason: entry.reason }]);
    expect(verdict.stale).toEqual([]);
  });

  it('reports allowlist lines that no finding uses any more', () => {
    expect(judge([], [entry]).stale).toEqual([entry]);
  });
});
