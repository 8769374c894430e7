/**
 * The one spelling of a folder on ImageKit, used wherever a folder is compared or stored: a
 * leading slash, no trailing slash and no empty parts. "products/2026/", "/products//2026" and
 * "/products/2026" are one folder; "" and "/" are the root.
 */
export function folderSpelling(folder: string): string {
  const parts = folder
    .trim()
    .split('/')
    .filter((part) => part.length > 0);
  return `/${parts.join('/')}`;
}
