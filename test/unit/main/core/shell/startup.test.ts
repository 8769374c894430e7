import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { APP_ID } from '../../../../../src/shared/app-name';
import { strings } from '../../../../../src/shared/strings';
import {
  handedOverFiles,
  pathsFromArgv,
  startupFailure,
} from '../../../../../src/main/core/shell/startup';
import { SqliteMissingError } from '../../../../../src/main/core/persistence/sqlite';

describe('files on the command line', () => {
  it('skips the executable, the app path when unpackaged, and every switch', () => {
    expect(pathsFromArgv(['/opt/app', '--no-sandbox', '/p/a.jpg', 'b.png'], true)).toEqual([
      '/p/a.jpg',
      'b.png',
    ]);
    expect(pathsFromArgv(['electron', '.', '/p/a.jpg', '--inspect=0'], false)).toEqual([
      '/p/a.jpg',
    ]);
    expect(pathsFromArgv(['electron', '.'], false)).toEqual([]);
  });

  it("takes a second start's own list, and its argv only when the list is unusable", () => {
    const argv = ['/opt/app', '--allow-file-access', '/p/c.jpg'];
    expect(handedOverFiles({ files: ['/p/a.jpg'] }, argv, true)).toEqual(['/p/a.jpg']);
    expect(handedOverFiles({ files: [1, 2] }, argv, true)).toEqual(['/p/c.jpg']);
    expect(handedOverFiles(null, argv, true)).toEqual(['/p/c.jpg']);
    expect(handedOverFiles(undefined, argv, true)).toEqual(['/p/c.jpg']);
  });
});

describe('a failed start', () => {
  it('says what is missing when the runtime has no SQLite', () => {
    const { title, message } = startupFailure(new SqliteMissingError(strings.startup.noSqlite));
    expect(title).toBe(strings.startup.failedTitle);
    expect(message).toBe(strings.startup.noSqlite);
  });

  it('keeps one line of anything else, never a stack trace', () => {
    const err = new Error('EACCES: permission denied, open settings.json');
    const { message } = startupFailure(err);
    expect(message).toContain('EACCES: permission denied, open settings.json.');
    expect(message).toContain('Open the app again');
    expect(message).not.toMatch(/\n|\bat /);
    expect(startupFailure('odd').message).toContain('odd.');
  });
});

describe('the Windows app id', () => {
  it('is the installer app id, so toasts show', () => {
    const yml = readFileSync('electron-builder.yml', 'utf8');
    expect(yml).toMatch(new RegExp(`^appId: ${APP_ID.replace(/\./g, '\\.')}$`, 'm'));
  });
});
