import { describe, expect, it } from 'vitest';
import {
  parseWatchChange,
  watchFromStored,
  watchPath,
  withWatchChange,
  withWatchFolder,
  withoutWatchFolder,
} from '../../../../../src/main/core/settings/watch-rules';
import { settingsFromStored } from '../../../../../src/main/core/settings/settings-rules';
import { MAX_WATCH_FOLDERS, type WatchFolder } from '../../../../../src/shared/watch';
import { strings } from '../../../../../src/shared/strings';

const entry = (path: string, enabled = true): WatchFolder => ({
  path,
  folder: '/exports',
  tags: ['a'],
  enabled,
});

describe('watch-folder rules', () => {
  it('takes absolute paths by the platform rules, and refuses the rest with a sentence', () => {
    expect(watchPath('/home/ed/Exports', 'linux')).toBe('/home/ed/Exports');
    expect(watchPath('C:\\Users\\ed\\Exports', 'win32')).toBe('C:\\Users\\ed\\Exports');
    expect(() => watchPath('Exports', 'linux')).toThrow(strings.watch.notAbsolute);
    expect(() => watchPath('C:\\Exports', 'linux')).toThrow(strings.watch.notAbsolute);
    expect(() => watchPath('', 'linux')).toThrow(strings.watch.notAbsolute);
    expect(() => watchPath(42, 'linux')).toThrow();
  });

  it('checks a change by the destination rules, keeping only what it names', () => {
    expect(parseWatchChange({ folder: 'exports/2026', tags: [' x ', 'x'] })).toEqual({
      folder: '/exports/2026',
      tags: ['x'],
    });
    expect(parseWatchChange({ enabled: false })).toEqual({ enabled: false });
    expect(parseWatchChange({})).toEqual({});
    expect(() => parseWatchChange({ folder: '/a/../b' })).toThrow(
      strings.validation.folderPart('/a/../b', '..'),
    );
    expect(() => parseWatchChange({ enabled: 'yes' })).toThrow();
    expect(() => parseWatchChange(null)).toThrow();
  });

  it('reads the saved list back: valid entries once each, a hand-edited bad one dropped', () => {
    const stored = {
      folders: [
        entry('/a'),
        { ...entry('/a'), folder: '/other' },
        { path: 'relative', folder: '/', tags: [], enabled: true },
        { path: '/b', folder: '/x/../y', tags: [], enabled: true },
        entry('/c', false),
      ],
    };
    expect(watchFromStored(stored)).toEqual({ folders: [entry('/a'), entry('/c', false)] });
    expect(watchFromStored('nonsense')).toEqual({ folders: [] });
    expect(watchFromStored({ folders: 'nope' })).toEqual({ folders: [] });
    expect(settingsFromStored({ watch: stored }).watch.folders).toHaveLength(2);
    expect(settingsFromStored({}).watch).toEqual({ folders: [] });
  });

  it('adds, changes and removes entries, refusing a second copy, a full list and an unknown path', () => {
    const one = withWatchFolder([], '/a', { folder: '/f', tags: [] });
    expect(one).toEqual([{ path: '/a', folder: '/f', tags: [], enabled: true }]);
    expect(() => withWatchFolder(one, '/a', { folder: '/', tags: [] })).toThrow(
      strings.watch.alreadyWatched('/a'),
    );
    const full = Array.from({ length: MAX_WATCH_FOLDERS }, (_, i) => entry(`/w${i}`));
    expect(() => withWatchFolder(full, '/new', { folder: '/', tags: [] })).toThrow(
      strings.watch.tooMany(MAX_WATCH_FOLDERS),
    );
    expect(withWatchChange(one, '/a', { enabled: false })[0]?.enabled).toBe(false);
    expect(() => withWatchChange(one, '/b', { enabled: false })).toThrow(
      strings.watch.notInList('/b'),
    );
    expect(withoutWatchFolder(one, '/a')).toEqual([]);
    expect(() => withoutWatchFolder(one, '/b')).toThrow(strings.watch.notInList('/b'));
  });
});
