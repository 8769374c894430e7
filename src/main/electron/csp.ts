import { session } from 'electron';
import { rendererCsp } from '../core/csp';

/**
 * Sends the app page's Content Security Policy as a response header, computed from the current
 * URL endpoint each time the page loads, so thumbnails may come from that one origin. The
 * <meta> policy in index.html stays as a floor; browsers enforce both, so the narrower wins.
 */
export function setupContentSecurityPolicy(
  isTrustedUrl: (url: string) => boolean,
  urlEndpoint: () => Promise<string>,
): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    if (details.resourceType !== 'mainFrame' || !isTrustedUrl(details.url)) {
      callback({});
      return;
    }
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(
        ([name]) => name.toLowerCase() !== 'content-security-policy',
      ),
    );
    urlEndpoint()
      .catch(() => '')
      .then((endpoint) => {
        callback({
          responseHeaders: { ...headers, 'Content-Security-Policy': [rendererCsp(endpoint)] },
        });
      });
  });
}
