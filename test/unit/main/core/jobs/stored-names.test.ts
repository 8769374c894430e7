import { describe, expect, it } from 'vitest';
import { callApi, parseArgs } from '../../../../../src/main/core/api/method-args';
import {
  NameClaims,
  destinationOf,
  stemOf,
  storedPath,
} from '../../../../../src/main/core/jobs/stored-names';
import { restoreRows } from '../../../../../src/main/core/jobs/restore';
import { StateStore } from '../../../../../src/main/core/persistence';
import type { ReadyJob } from '../../../../../src/shared/jobs';
import { DEFAULT_SETTINGS, type Settings } from '../../../../../src/shared/settings';
import type { UploaderApi } from '../../../../../src/shared/contract';

const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);
const settings: Settings = {
  ...DEFAULT_SETTINGS,
  connection: { ...DEFAULT_SETTINGS.connection, uploadUrl: 'http://127.0.0.1:9/upload' },
};

function ready(id: string, path: string, folder = '/shoot'): ReadyJob {
  const info = {
    variant: 'main',
    format: 'webp',
    width: 800,
    height: 600,
    bytes: 1,
    quality: 80,
    encodes: 1,
  } as const;
  return {
    id,
    file: { path, name: path.split('/').pop() ?? '', bytes: 10 },
    addedAt: new Date(2026, 10, 25, 12).getTime(),
    destination: { folder, tags: [] },
    status: 'ready',
    image: { format: 'jpeg', width: 4032, height: 3024, animated: false },
    variants: { main: info, thumb: { ...info, variant: 'thumb', format: 'png' } },
  };
}

describe('stored names', () => {
  it('renders the template from the job: parent folder, size, the day it was added', () => {
    const job = ready('j1', '/photos/spring-shoot/IMG_2041.JPG');
    expect(stemOf(job, SHA_A, '{parent}-{date}-{width}x{height}')).toBe(
      'spring-shoot-2026-11-25-4032x3024',
    );
    expect(stemOf(job, SHA_A, '{name}-{hash}')).toBe('img-2041-aaaaaaaa');
    expect(stemOf(ready('j2', 'C:\\Shoots\\Mai\\a.jpg'), SHA_A, '{parent}')).toBe('mai');
  });

  it("gives a file added from a link the link's last folder, or its host, as {parent}", () => {
    const fromLink = (link: string): ReadyJob => {
      const job = ready('j3', '/state/downloads/0f3a.jpg');
      return { ...job, file: { ...job.file, link } };
    };
    const parent = (link: string) => stemOf(fromLink(link), SHA_A, '{parent}');
    expect(parent('https://cdn.example.com/shop/Spring%20Shoes/red.jpg?w=2')).toBe('spring-shoes');
    expect(parent('https://Photos.Example.com/red.jpg')).toBe('photos-example-com');
    expect(parent('https://example.com/')).toBe('example-com');
    expect(parent('https://example.com/_/red.jpg')).toBe('example-com');
    expect(parent('http://[2001:db8::1]:8080/a%2Fb/red.jpg')).toBe('a-b');
  });

  it('uses the job destination, and Settings only for rows without one', () => {
    const job = ready('j1', '/p/a.jpg', '/elsewhere');
    expect(destinationOf(job, settings).folder).toBe('/elsewhere');
    const { destination: _, ...old } = job;
    expect(destinationOf(old, settings)).toEqual({ folder: '/', tags: [] });
    expect(storedPath('/', 'a.webp')).toBe('/a.webp');
    expect(storedPath('/x', 'a.webp')).toBe('/x/a.webp');
  });

  it('lets one content have a name, refuses a second content, and frees names of removed rows', () => {
    const inList = new Set(['j1', 'j2', 'j3']);
    const claims = new NameClaims((id) => inList.has(id));
    const a = ready('j1', '/s/a.jpg');
    const b = ready('j2', '/s/b.jpg');
    expect(claims.claim(a, SHA_A, 'shoot', settings, undefined)).toBeNull();
    // The same job again (its upload after being made ready) keeps its claim.
    expect(claims.claim(a, SHA_A, 'shoot', settings, undefined)).toBeNull();
    expect(claims.claim(b, SHA_B, 'shoot', settings, undefined)?.message).toMatch(
      /^Another file in this batch \(a\.jpg\) would be stored as shoot\.webp\./,
    );
    // Same content from another path may share the name: nothing different is replaced.
    expect(claims.claim(ready('j3', '/t/a.jpg'), SHA_A, 'shoot', settings, undefined)).toBeNull();
    // Another folder is another name.
    expect(
      claims.claim(ready('j2', '/s/b.jpg', '/other'), SHA_B, 'shoot', settings, undefined),
    ).toBeNull();
    inList.delete('j1');
    inList.delete('j3');
    expect(claims.claim(b, SHA_B, 'shoot', settings, undefined)).toBeNull();
  });

  it('refuses a name the history holds for a different file', () => {
    const state = StateStore.inMemory();
    const hv = {
      url: 'u',
      fileId: 'f',
      filePath: '/shoot/shoot.webp',
      width: 1,
      height: 1,
      bytes: 1,
    };
    state.history.record({
      source: '/old/z.jpg',
      name: 'z.jpg',
      sha256: SHA_A,
      presetsHash: 'p',
      origin: 'http://127.0.0.1:9',
      folder: '/shoot',
      uploadedAt: 1,
      main: hv,
      thumb: { ...hv, filePath: '/shoot/shoot.thumb.png' },
    });
    const claims = new NameClaims(() => true);
    expect(
      claims.claim(ready('j1', '/s/b.jpg'), SHA_B, 'shoot', settings, state.history)?.message,
    ).toMatch(/A different file \(z\.jpg\) was uploaded earlier as shoot\.webp in this folder/);
    expect(
      claims.claim(ready('j2', '/s/z.jpg'), SHA_A, 'shoot', settings, state.history),
    ).toBeNull();
    state.close();
  });

  it('keeps a job destination and its added time when an unfinished row is restored', () => {
    const job = ready('j1', '/definitely/not/here.jpg', '/kept');
    const [restored] = restoreRows([{ job, sha256: null, uploaded: {} } as never]);
    expect(restored?.job.destination).toEqual({ folder: '/kept', tags: [] });
    expect(restored?.job.addedAt).toBe(job.addedAt);
  });
});

describe('destination arguments', () => {
  it('accepts a destination on addPaths and pick, normalised, and refuses bad ones', () => {
    expect(
      parseArgs('addPaths', [['/a.jpg'], undefined, { folder: 'x//y/', tags: [' t ', 't'] }]),
    ).toEqual([['/a.jpg'], undefined, { folder: '/x/y', tags: ['t'] }]);
    expect(parseArgs('addPaths', [['/a.jpg'], null, { folder: '/', tags: [] }])[1]).toBeUndefined();
    expect(parseArgs('pick', ['files', { folder: '/z', tags: [] }])).toEqual([
      'files',
      { folder: '/z', tags: [] },
    ]);
    expect(parseArgs('addPaths', [['/a.jpg']])).toEqual([['/a.jpg']]);
    expect(() => parseArgs('pick', ['files', { folder: '/z', tags: ['a,b'] }])).toThrow(
      /without commas/,
    );
    expect(() => parseArgs('pick', ['files', 'z'])).toThrow(/Destination/);
    expect(() => callApi({} as UploaderApi, 'addPaths', [['/a.jpg'], 'dropped'])).toThrow(
      /came from/,
    );
  });
});
