/**
 * Copied files as each platform's clipboard offers them, turned into absolute paths. Pure: the
 * Electron edge reads the raw formats, these functions read their contents.
 */
import { fileURLToPath } from 'node:url';

/** The clipboard formats that carry copied files, by the platform that writes them. */
export type ClipboardFileFormat = 'FileNameW' | 'public.file-url' | 'text/uri-list';

/** The format to ask for on each platform, or null where none is known. */
export function fileFormatFor(platform: NodeJS.Platform): ClipboardFileFormat | null {
  if (platform === 'win32') return 'FileNameW';
  if (platform === 'darwin') return 'public.file-url';
  if (platform === 'linux' || platform === 'freebsd' || platform === 'openbsd')
    return 'text/uri-list';
  return null;
}

function fromFileUrl(url: string, platform: NodeJS.Platform): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'file:') return null;
    // Another machine's file (file://server/share) is not read from the clipboard.
    if (parsed.hostname !== '' && parsed.hostname !== 'localhost') return null;
    return fileURLToPath(parsed, { windows: platform === 'win32' });
  } catch {
    return null;
  }
}

/** text/uri-list (RFC 2483): one URI per line, `#` lines are comments; file URLs only. */
export function parseUriList(text: string, platform: NodeJS.Platform = 'linux'): string[] {
  const paths: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const path = fromFileUrl(line, platform);
    if (path !== null) paths.push(path);
  }
  return paths;
}

/**
 * FileNameW: one UTF-16LE path ending in a NUL (Windows keeps the first copied file here; the
 * whole selection needs CF_HDROP, which Electron does not read).
 */
export function parseFileNameW(bytes: Uint8Array): string[] {
  const text = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    bytes.byteLength - (bytes.byteLength % 2),
  )
    .toString('utf16le')
    .split('\0')[0]
    ?.trim();
  return text && /^(?:[A-Za-z]:\\|\\\\)/.test(text) ? [text] : [];
}

/** Paths from the raw clipboard contents of `format`. */
export function parseClipboardFiles(
  format: ClipboardFileFormat,
  data: Uint8Array,
  platform: NodeJS.Platform,
): string[] {
  switch (format) {
    case 'FileNameW':
      return parseFileNameW(data);
    case 'public.file-url':
    case 'text/uri-list':
      return parseUriList(Buffer.from(data).toString('utf8').replace(/\0+$/, ''), platform);
  }
}
