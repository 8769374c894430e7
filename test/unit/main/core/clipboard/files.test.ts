import { describe, expect, it } from 'vitest';
import {
  fileFormatFor,
  parseClipboardFiles,
  parseFileNameW,
  parseUriList,
} from '../../../../../src/main/core/clipboard/files';

function utf16(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf16le'));
}

describe('copied files on the clipboard', () => {
  it('asks each platform for its own format', () => {
    expect(fileFormatFor('win32')).toBe('FileNameW');
    expect(fileFormatFor('darwin')).toBe('public.file-url');
    expect(fileFormatFor('linux')).toBe('text/uri-list');
    expect(fileFormatFor('aix')).toBeNull();
  });

  it('reads text/uri-list: file URLs, percent-decoded, comments and other schemes skipped', () => {
    const list =
      '# copied\r\nfile:///home/ann/My%20Photos/a.png\r\nhttps://example.com/b.png\r\nfile:///tmp/c%C3%A9.jpg\r\n';
    expect(parseUriList(list)).toEqual(['/home/ann/My Photos/a.png', '/tmp/cé.jpg']);
  });

  it('skips files on another machine and lines that are not URLs', () => {
    expect(
      parseUriList('file://server/share/a.png\nnot a url\nfile://localhost/tmp/a.png'),
    ).toEqual(['/tmp/a.png']);
  });

  it('reads macOS public.file-url (one URL, maybe NUL-terminated)', () => {
    const data = new Uint8Array(Buffer.from('file:///Users/ann/Desktop/Screen%20Shot.png\0'));
    expect(parseClipboardFiles('public.file-url', data, 'darwin')).toEqual([
      '/Users/ann/Desktop/Screen Shot.png',
    ]);
  });

  it('reads Windows FileNameW: UTF-16LE, NUL-terminated, drive or UNC paths only', () => {
    expect(parseFileNameW(utf16('C:\\Users\\Ann\\Pictures\\é.png\0\0'))).toEqual([
      'C:\\Users\\Ann\\Pictures\\é.png',
    ]);
    expect(parseFileNameW(utf16('\\\\nas\\photos\\a.jpg\0'))).toEqual(['\\\\nas\\photos\\a.jpg']);
    expect(parseFileNameW(utf16('just some text\0'))).toEqual([]);
    expect(parseFileNameW(new Uint8Array([0x43]))).toEqual([]);
    expect(parseClipboardFiles('FileNameW', utf16('D:\\a.png\0'), 'win32')).toEqual(['D:\\a.png']);
  });

  it('turns Windows file URLs into drive paths', () => {
    expect(parseUriList('file:///C:/Users/Ann/a.png', 'win32')).toEqual(['C:\\Users\\Ann\\a.png']);
  });
});
