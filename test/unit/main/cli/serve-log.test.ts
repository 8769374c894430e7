import { describe, expect, it } from 'vitest';
import { startPicgoServer } from '../../../../src/main/core/integrations/server';
import { logRequest, SERVE_KEY_WORDS } from '../../../../src/main/cli/serve-log';

describe("serve's words", () => {
  it('tells a caller without the key about the key serve was started with, not Settings', async () => {
    const server = await startPicgoServer({
      port: 0,
      key: 'k_serve_words',
      upload: async () => ({ ok: true, urls: [] }),
      keyWords: SERVE_KEY_WORDS,
    });
    try {
      const base = `http://127.0.0.1:${server.port}/upload`;
      const missing = await fetch(base, { method: 'POST', body: '{"list":["/a.png"]}' });
      expect(missing.status).toBe(401);
      const wrong = await fetch(`${base}?key=nope`, {
        method: 'POST',
        body: '{"list":["/a.png"]}',
      });
      expect(wrong.status).toBe(403);
      for (const res of [missing, wrong]) {
        const { message } = (await res.json()) as { message: string };
        expect(message).toMatch(/serve was started with/);
        expect(message).not.toMatch(/Settings/);
      }
    } finally {
      await server.close();
    }
  });

  it('prints a line per file of a request: its path and link, or the failure that names it', () => {
    const lines: string[] = [];
    const io = { out: (l: string) => void lines.push(l), err: () => {} };
    logRequest(io, ['/a.png', '/b.png'], {
      ok: true,
      urls: ['https://x/a.webp', 'https://x/b.webp'],
    });
    logRequest(io, ['/c.png'], { ok: false, message: 'Could not upload /c.png: it is text.' });
    logRequest(io, ['/d.png', '/e.png'], {
      ok: false,
      message: 'Could not upload /e.png: it is text.',
      uploaded: [{ path: '/d.png', url: 'https://x/d.webp' }],
    });
    expect(lines).toEqual([
      'done    /a.png -> https://x/a.webp',
      'done    /b.png -> https://x/b.webp',
      'failed  Could not upload /c.png: it is text.',
      'done    /d.png -> https://x/d.webp',
      'failed  Could not upload /e.png: it is text.',
    ]);
  });
});
