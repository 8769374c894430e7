import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { APP_SCHEME, contentTypeFor, resolveAppRequest } from '../core/shell/app-requests';

/**
 * Declares app:// a standard, secure scheme, so the page gets a real origin ('self' in the CSP,
 * module scripts, storage) instead of file://'s shared opaque one. Must run before `ready`.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    },
  ]);
}

const notFound = (): Response =>
  new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });

/**
 * Serves the built renderer folder over app://; every other path answers 404. Each response
 * carries the page's Content Security Policy itself (headers added through webRequest have not
 * always reached custom-protocol responses); the <meta> policy in index.html stays as a floor.
 */
export function serveRenderer(rootDir: string, policy: () => Promise<string>): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET') return notFound();
    const file = resolveAppRequest(rootDir, request.url);
    if (file === null) return notFound();
    try {
      const [body, csp] = await Promise.all([readFile(file), policy()]);
      return new Response(new Uint8Array(body), {
        headers: {
          'content-type': contentTypeFor(file),
          'x-content-type-options': 'nosniff',
          'content-security-policy': csp,
        },
      });
    } catch {
      return notFound();
    }
  });
}
