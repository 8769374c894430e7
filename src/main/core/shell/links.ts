/** Hosts whose pages the app may open in the user's browser. */
const ALLOWED_HOSTS = ['imagekit.io'];

function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * The last gate before a link leaves the app: https only (plain http only to this machine, where
 * the local emulator serves files), no user name or password. Other schemes (file:, smb:, custom
 * protocol handlers) would make the OS run or fetch something instead of showing a page.
 */
export function isOpenableLink(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && isLoopbackHost(url.hostname);
}

/**
 * Whether a link may be opened outside the app: https on ImageKit's own domains, or anything
 * under the configured URL endpoint (where uploaded files are served).
 */
export function isAllowedExternalUrl(raw: string, urlEndpoint: string): boolean {
  if (!isOpenableLink(raw)) return false;
  const url = new URL(raw);
  if (url.protocol === 'https:') {
    const host = url.hostname.toLowerCase();
    if (ALLOWED_HOSTS.some((h) => host === h || host.endsWith(`.${h}`))) return true;
  }
  if (!urlEndpoint) return false;
  const base = new URL(urlEndpoint);
  const basePath = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
  return url.origin === base.origin && (url.pathname + '/').startsWith(basePath);
}
