import { describe, expect, it } from 'vitest';
import { givenPathProblem, type PathSource } from '../../../../../src/main/core/paths/policy';

const code = (path: string, source: PathSource, platform: NodeJS.Platform): string =>
  givenPathProblem(path, source, platform)?.code ?? 'ok';

describe('which given paths are looked at (Windows rules, checked on any machine)', () => {
  it.each(['C:\\Users\\ana\\Pictures\\a.jpg', 'c:/Users/ana/Pictures/a.jpg', 'D:\\photos'])(
    'accepts the drive path %s from anywhere',
    (path) => {
      for (const source of ['renderer', 'drop', 'chosen'] as const) {
        expect(code(path, source, 'win32')).toBe('ok');
      }
    },
  );

  it.each([
    '\\\\fileserver\\share\\a.jpg',
    '//fileserver/share/a.jpg',
    '\\\\?\\C:\\Users\\ana\\a.jpg',
    '\\\\?\\UNC\\fileserver\\share\\a.jpg',
    '\\\\.\\PhysicalDrive0',
    '\\\\.\\pipe\\secret',
    '\\??\\C:\\a.jpg',
  ])('refuses the network or device path %s from the page and from another program', (path) => {
    expect(code(path, 'renderer', 'win32')).toBe('path-refused');
    expect(code(path, 'integration', 'win32')).toBe('path-refused');
    expect(givenPathProblem(path, 'renderer', 'win32')?.message).toMatch(/network or device path/);
  });

  it('accepts network paths the person chose in the dialog or dropped on the window', () => {
    expect(code('\\\\fileserver\\share\\a.jpg', 'chosen', 'win32')).toBe('ok');
    expect(code('\\\\fileserver\\share\\a.jpg', 'drop', 'win32')).toBe('ok');
  });

  it.each(['a.jpg', 'photos\\a.jpg', 'C:a.jpg', '\\photos\\a.jpg', '..\\..\\a.jpg', ''])(
    'refuses the relative path %j from every source',
    (path) => {
      for (const source of ['renderer', 'drop', 'chosen'] as const) {
        expect(code(path, source, 'win32')).toBe('path-refused');
      }
    },
  );
});

describe('which given paths are looked at (macOS and Linux)', () => {
  it('accepts absolute paths only', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      expect(code('/home/ana/a.jpg', 'renderer', platform)).toBe('ok');
      expect(code('a.jpg', 'renderer', platform)).toBe('path-refused');
      expect(code('./a.jpg', 'chosen', platform)).toBe('path-refused');
      expect(code('~/a.jpg', 'drop', platform)).toBe('path-refused');
    }
  });
});
