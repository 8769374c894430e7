/** Hosts whose pages the app may open in the user's browser. */
const ALLOWED_HOSTS = ['imagekit.io'];

/**
 * Whether a link may be opened outside the app: https on ImageKit's own domains, or anything
 * under the configured URL endpoint (where uploaded files are served).
 */
export function isAllowedExternalUrl(raw: string, urlEndpoint: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:') {
    const host = url.hostname.toLowerCase();
    if (ALLOWED_HOSTS.some((h) => host === h || host.endsWith(`.${h}`))) return true;
  }
  if (!urlEndpoint) return false;
  const base = new URL(urlEndpoint);
  const basePath = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
  return url.origin === base.origin && (url.pathname + '/').startsWith(basePath);
}
