/**
 * The renderer's Content Security Policy. Everything is locked to the app's own files, except
 * that images may also come from the configured URL endpoint's origin (History and Library thumbnails), and
 * from nowhere else.
 */

import { parseServerAddress } from '../common/validate';

/**
 * The origin of the URL endpoint ("https://ik.imagekit.io"), or null when none is set. It is
 * built from the parsed scheme, host and port alone, and only for a host of letters, digits,
 * dots and hyphens: anything else (a `;` in the host) would add a directive to the policy.
 */
export function imageOrigin(urlEndpoint: string): string | null {
  if (!urlEndpoint) return null;
  return parseServerAddress(urlEndpoint)?.origin ?? null;
}

/** The policy for the app window, given the settings' URL endpoint. */
export function rendererCsp(urlEndpoint: string): string {
  const origin = imageOrigin(urlEndpoint);
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data:${origin ? ` ${origin}` : ''}`,
    "font-src 'self'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}
