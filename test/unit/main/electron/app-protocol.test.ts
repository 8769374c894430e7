import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Only Electron's protocol module is stood in for: it hands us the handler to call.
const registered: { handler?: (request: Request) => Promise<Response> } = {};
const privileged: unknown[] = [];
vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => privileged.push(...schemes),
    handle: (_scheme: string, handler: (request: Request) => Promise<Response>) => {
      registered.handler = handler;
    },
  },
}));

const { registerAppScheme, serveRenderer } =
  await import('../../../../src/main/electron/app-protocol');

describe('the app:// handler', () => {
  let work = '';
  let root = '';

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'app-protocol-'));
    root = join(work, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>ok</title>');
    await writeFile(join(root, 'assets', 'index-1.js'), 'console.log(1);');
    await writeFile(join(work, 'secret.txt'), 'not for the page');
    serveRenderer(root, async () => "default-src 'none'; img-src 'self' https://ik.imagekit.io");
  });

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  const get = (url: string, method = 'GET'): Promise<Response> =>
    registered.handler!(new Request(url, { method }));

  it('registers app as a standard, secure scheme', () => {
    registerAppScheme();
    expect(privileged).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
  });

  it('serves the page and its assets with their types', async () => {
    const page = await get('app://renderer/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    // The policy travels on the response itself, computed when the page is asked for.
    expect(page.headers.get('content-security-policy')).toBe(
      "default-src 'none'; img-src 'self' https://ik.imagekit.io",
    );
    expect(await page.text()).toContain('<title>ok</title>');
    const script = await get('app://renderer/assets/index-1.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1);');
  });

  it.each([
    'app://renderer/..%2fsecret.txt',
    'app://renderer/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://other/index.html',
    'app://renderer/missing.js',
    'app://renderer/assets',
  ])('answers 404 outside the folder or for nothing: %s', async (url) => {
    const res = await get(url);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('not for the page');
  });

  it('answers 404 to anything but GET', async () => {
    expect((await get('app://renderer/index.html', 'POST')).status).toBe(404);
  });
});
