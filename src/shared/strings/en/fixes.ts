/**
 * What to do about an upload failure, for each kind of reader: the app's user changes Settings
 * and presses Retry; the command line's user changes an environment variable or a flag and runs
 * the command again. Each ends a sentence of `imagekit`; the command line prints it once per run.
 */
const app = {
  privateKey: 'Check it in Settings.',
  signature:
    'Check the public key in Settings, and that the auth endpoint signs with the matching private key.',
  token:
    'Check that the endpoint signs with the private key that belongs to the public key in Settings, and that its clock is right.',
  uploadUrl: 'Check the upload URL in Settings.',
  apiUrl: 'Check the API URL in Settings.',
  sizeCap: 'Lower the size cap in Settings.',
  folderAndTags: 'Check the folder and tags in Settings.',
  authEndpoint: 'Check the auth endpoint URL in Settings, or ask whoever runs it.',
  authEndpointUrl: 'Check the auth endpoint URL in Settings.',
  badAnswer: 'Press Retry; if it keeps happening, check the upload URL in Settings.',
  reach: 'Check the internet connection and the upload URL in Settings, then press Retry.',
  reachApi: 'Check the internet connection and the API URL in Settings, then press Retry.',
  reachAuth:
    'Check the internet connection and the auth endpoint URL in Settings, then press Retry.',
  noAnswer: 'Check the internet connection, then press Retry.',
  slowDown: 'Wait a few minutes, then press Retry.',
  later: 'Press Retry later; nothing was lost.',
  authLater: 'Press Retry later, or ask whoever runs it.',
  limit: 'Free up space or upgrade the plan, then press Retry.',
  exists: 'Delete it in the Media Library, then press Retry.',
  deadline: 'Press Retry to continue; parts already stored are kept.',
};

/** One reader's fixes. */
export type Fixes = { readonly [K in keyof typeof app]: string };

const cli: Fixes = {
  privateKey: 'Check IMAGEKIT_PRIVATE_KEY.',
  signature:
    'Check IMAGEKIT_PUBLIC_KEY, and that IMAGEKIT_AUTH_ENDPOINT signs with the matching private key.',
  token:
    'Check that IMAGEKIT_AUTH_ENDPOINT signs with the private key that belongs to IMAGEKIT_PUBLIC_KEY, and that its clock is right.',
  uploadUrl: 'Check IMAGEKIT_UPLOAD_URL.',
  apiUrl: 'Check IMAGEKIT_API_URL.',
  sizeCap:
    'The command line makes variants with the default size caps; upload this file from the app with a lower cap.',
  folderAndTags: 'Check --folder and --tags.',
  authEndpoint: 'Check IMAGEKIT_AUTH_ENDPOINT, or ask whoever runs it.',
  authEndpointUrl: 'Check IMAGEKIT_AUTH_ENDPOINT.',
  badAnswer: 'Run the command again; if it keeps happening, check IMAGEKIT_UPLOAD_URL.',
  reach: 'Check the internet connection and IMAGEKIT_UPLOAD_URL, then run the command again.',
  reachApi: 'Check the internet connection and IMAGEKIT_API_URL, then run the command again.',
  reachAuth:
    'Check the internet connection and IMAGEKIT_AUTH_ENDPOINT, then run the command again.',
  noAnswer: 'Check the internet connection, then run the command again.',
  slowDown: 'Wait a few minutes, then run the command again.',
  later: 'Run the command again later; nothing was lost.',
  authLater: 'Run the command again later, or ask whoever runs the auth endpoint.',
  limit: 'Free up space or upgrade the plan, then run the command again.',
  exists: 'Delete it in the Media Library, then run the command again.',
  deadline:
    'Run the command again to continue (parts already stored are kept), or allow more time with --deadline.',
};

export const fixes = { app: app as Fixes, cli };
