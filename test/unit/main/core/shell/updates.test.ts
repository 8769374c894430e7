import { describe, expect, it } from 'vitest';
import { restartDecision, updateSource } from '../../../../../src/main/core/shell/updates';

describe('where updates come from', () => {
  const packaged = { packaged: true, envUrl: undefined, builtInFeed: false };

  it('is off when nothing is configured, and always off outside a package', () => {
    expect(updateSource(packaged)).toEqual({ kind: 'off', reason: 'no update feed is configured' });
    expect(updateSource({ ...packaged, envUrl: '   ' }).kind).toBe('off');
    expect(
      updateSource({ packaged: false, envUrl: 'https://updates.example.com/', builtInFeed: true }),
    ).toEqual({ kind: 'off', reason: 'the app is not packaged' });
  });

  it('uses the feed built into the package', () => {
    expect(updateSource({ ...packaged, builtInFeed: true })).toEqual({ kind: 'built-in' });
  });

  it('lets UPDATE_URL override the built-in feed', () => {
    expect(
      updateSource({ ...packaged, builtInFeed: true, envUrl: ' https://updates.example.com/x ' }),
    ).toEqual({ kind: 'url', url: 'https://updates.example.com/x' });
    expect(updateSource({ ...packaged, envUrl: 'http://127.0.0.1:8080/feed' })).toEqual({
      kind: 'url',
      url: 'http://127.0.0.1:8080/feed',
    });
  });

  it.each([
    'http://updates.example.com/',
    'file:///tmp/feed',
    'https://user:pw@updates.example.com/',
    'updates.example.com',
    'http://127.0.0.1.evil.example/',
  ])('refuses an update feed that is not https: %s', (envUrl) => {
    expect(updateSource({ ...packaged, builtInFeed: true, envUrl }).kind).toBe('off');
  });
});

describe('when to offer "Restart to update"', () => {
  const ready = { downloadedVersion: '0.2.0', batchActive: false, alreadyOffered: false };

  it('offers it once an update is ready and no batch is running', () => {
    expect(restartDecision(ready)).toBe('offer');
  });

  it('waits for the running batch to end', () => {
    expect(restartDecision({ ...ready, batchActive: true })).toBe('wait');
  });

  it('says nothing without a downloaded update, or when already asked', () => {
    expect(restartDecision({ ...ready, downloadedVersion: null })).toBe('nothing');
    expect(restartDecision({ ...ready, downloadedVersion: null, batchActive: true })).toBe(
      'nothing',
    );
    expect(restartDecision({ ...ready, alreadyOffered: true })).toBe('nothing');
  });
});
