import { describe, expect, it } from 'vitest';
import { FETCH_BLOCKED_PORTS, serverAddress } from '../../../../../src/main/core/common/validate';

describe('a server address from Settings or IMAGEKIT_* variables', () => {
  it('takes https anywhere, and http on this computer, on any usable port', () => {
    expect(serverAddress('https://upload.imagekit.io/api/v1/files/upload', 'Upload URL')).toBe(
      'https://upload.imagekit.io/api/v1/files/upload',
    );
    expect(serverAddress('http://127.0.0.1:4010/api', 'Upload URL')).toBe(
      'http://127.0.0.1:4010/api',
    );
  });

  it('refuses a port no request could reach, in a sentence that names the setting', () => {
    for (const port of [1, 25, 6000, 10080]) {
      expect(() => serverAddress(`http://127.0.0.1:${port}/api`, 'Upload URL')).toThrow(
        /^Upload URL must be an address on a port web requests may use \(.*\)\.$/,
      );
    }
  });

  it('blocks only ports Node itself refuses to fetch from, before any connection', async () => {
    // A blocked port fails at once with "bad port"; nothing is sent, not even to this machine.
    const refused: number[] = [];
    await Promise.all(
      [...FETCH_BLOCKED_PORTS].map(async (port) => {
        const error = await fetch(`http://127.0.0.1:${port}/`).catch((e: Error) => e);
        const cause = error instanceof Error ? String((error.cause as Error)?.message) : '';
        if (/bad port/i.test(cause)) refused.push(port);
      }),
    );
    expect(refused.sort((a, b) => a - b)).toEqual([...FETCH_BLOCKED_PORTS]);
  });
});
