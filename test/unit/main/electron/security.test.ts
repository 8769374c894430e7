import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron itself is the one thing mocked: the wrapper's own scheme check is what is tested.
const opened: string[] = [];
vi.mock('electron', () => ({
  app: { on: vi.fn() },
  session: {},
  shell: { openExternal: async (url: string) => void opened.push(url) },
}));

const { openExternal } = await import('../../../../src/main/electron/security');

describe('openExternal wrapper', () => {
  beforeEach(() => void opened.splice(0));

  it('hands https links to the OS', async () => {
    await openExternal('https://ik.imagekit.io/acme/a.webp');
    expect(opened).toEqual(['https://ik.imagekit.io/acme/a.webp']);
  });

  it.each([
    'file:///etc/passwd',
    'smb://server/share/a.png',
    'javascript:alert(1)',
    'ms-settings:privacy',
    'http://example.com/a.png',
    'https://user:pw@imagekit.io/',
    'not a url',
  ])('refuses %s even if a caller skipped the allowlist', async (url) => {
    await expect(openExternal(url)).rejects.toThrow(/https/);
    expect(opened).toEqual([]);
  });
});
