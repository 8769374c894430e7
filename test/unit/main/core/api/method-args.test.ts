import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../../../../../src/shared/contract';
import { API_ARGS, parseArgs } from '../../../../../src/main/core/api/method-args';

describe('API argument checks', () => {
  it('has a checker for every contract method', () => {
    expect(Object.keys(API_ARGS).sort()).toEqual([...API_METHODS].sort());
  });

  it('passes well-formed arguments through', () => {
    expect(parseArgs('addPaths', [['/a.jpg', '/photos']])).toEqual([['/a.jpg', '/photos']]);
    expect(parseArgs('pick', ['folder'])).toEqual(['folder']);
    expect(parseArgs('cancel', ['3f2a-b'])).toEqual(['3f2a-b']);
    expect(parseArgs('setPrivateKey', [null])).toEqual([null]);
    expect(parseArgs('setPrivateKey', ['  private_x  '])).toEqual(['private_x']);
    expect(parseArgs('setPrivateKey', ['private_x', 'session'])).toEqual(['private_x', 'session']);
    expect(parseArgs('addPaths', [['/a.jpg'], 'drop'])).toEqual([['/a.jpg'], 'drop']);
    expect(parseArgs('removeJobs', [['j1', 'j-2']])).toEqual([['j1', 'j-2']]);
  });

  it.each([
    ['addPaths', ['/a.jpg']],
    ['addPaths', [[42]]],
    ['addPaths', [['']]],
    ['addPaths', [['/a\u0000b']]],
    ['pick', ['everything']],
    ['cancel', ['../../etc']],
    ['getJobs', ['extra']],
    ['removeJobs', ['j1']],
    ['removeJobs', [['../j1']]],
    ['removeJobs', [[7]]],
    ['setPrivateKey', ['   ']],
    ['setPrivateKey', ['private_x', 'forever']],
    ['addPaths', [['/a.jpg'], 'dialog']],
    ['addPaths', [['/a.jpg'], true]],
    ['openExternal', ['javascript:alert(1)']],
    ['openExternal', ['file:///etc/passwd']],
    ['updateSettings', [{ upload: { concurrency: 'lots' } }]],
  ] as const)('rejects %s(%j)', (method, args) => {
    expect(() => parseArgs(method, args)).toThrow();
  });

  it('refuses sparse lists, whose holes would skip every check', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = ['/a.jpg', , '/b.jpg'];
    expect(() => parseArgs('addPaths', [sparse])).toThrow(/without gaps/);
    const tags: string[] = [];
    tags[3] = 'late';
    expect(() => parseArgs('updateSettings', [{ upload: { tags } }])).toThrow(/without gaps/);
  });

  it.each([
    ['a C1 control character', '/photos/a\u0085b.jpg'],
    ['a right-to-left override', '/photos/invoice\u202Egnp.exe'],
    ['a left-to-right embedding', '/photos/\u202Aa.png'],
    ['a first-strong isolate', '/photos/\u2068a.png'],
    ['a pop-directional isolate', '/photos/a\u2069.png'],
    ['a line separator', '/photos/a\u2028b.png'],
    ['a paragraph separator', '/photos/a\u2029b.png'],
    ['a right-to-left mark', '/photos/a\u200Fb.png'],
    ['an Arabic letter mark', '/photos/a\u061Cb.png'],
  ])('refuses a name with %s', (_what, name) => {
    expect(() => parseArgs('addPaths', [[name]])).toThrow(/text-direction overrides/);
    expect(() => parseArgs('updateSettings', [{ upload: { tags: [name.slice(8)] } }])).toThrow(
      /text-direction overrides/,
    );
  });

  it('still accepts ordinary accented and non-Latin names', () => {
    const names = ['/fotos/café-señor.jpg', '/写真/桜.png', '/صور/شمس.webp'];
    expect(parseArgs('addPaths', [names])).toEqual([names]);
  });

  it('caps how many paths one call may add', () => {
    const many = Array.from({ length: 10_001 }, (_, i) => `/p/${i}.jpg`);
    expect(() => parseArgs('addPaths', [many])).toThrow(/at most 10000/);
  });
});
