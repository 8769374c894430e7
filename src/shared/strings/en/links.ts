import { formatBytes } from '../../formats';

/** Images from links: downloads pasted, dropped, typed on the command line or sent by a program. */
export const links = {
  notWeb: (scheme: string): string =>
    `This link starts with "${scheme}", not http:// or https://, so nothing was downloaded. Copy the image's web address and add it again.`,
  credentials:
    'This link holds a user name or password, which the app neither sends nor keeps, so nothing was downloaded. Download the image yourself and add the file instead.',
  redirectNotWeb: (scheme: string): string =>
    `The link sent the download on to a "${scheme}" address, which is not a web address, so it was stopped. Open the link in a browser, copy the address of the image itself, and add that.`,
  tooManyRedirects: (max: number): string =>
    `The link sent the download on more than ${max} times, so it was stopped. Open the link in a browser, copy the address of the image itself, and add that.`,
  privateAddress: (host: string): string =>
    `The link points to this computer or the local network (${host}); links sent by another program may only reach the internet. Download the image yourself and add the file instead.`,
  hostNotFound: (host: string): string =>
    `The address ${host} could not be found. Check the link for typos and that you are online, then add it again.`,
  status: (code: number): string =>
    `The server answered ${code} instead of sending the image. Open the link in a browser to check it, then add it again.`,
  tooLarge: (maxBytes: number): string =>
    `The download is larger than ${formatBytes(maxBytes)}, the most the app takes for one image, so it was stopped. Download a smaller version and add that file instead.`,
  empty:
    'The link gave an empty file, so there is no picture in it. Open the link in a browser to check it, then add it again.',
  notImage: (what: string): string =>
    `The link gave ${what}, not an image. Open it in a browser, copy the image itself or the address of the image, and add that.`,
  textContent: 'a web page or text',
  unknownContent: 'a file of a kind the app does not know',
  noAnswer: (seconds: number): string =>
    `The server did not answer within ${seconds} seconds, so the download was stopped. Check the link and your connection, then add it again.`,
  tooSlow: (seconds: number): string =>
    `The download took longer than ${seconds} seconds, so it was stopped. Try again on a faster connection, or download the image yourself and add the file.`,
  network: (reason: string): string =>
    `The download failed (${reason}). Check the link and your connection, then add it again.`,
  refused: 'the server refused the connection',
  reset: 'the server closed the connection',
  badCertificate: "the server's certificate is not valid",
  saveFailed: (reason: string): string =>
    `The download could not be saved in the app's folder (${reason}). Free some disk space, then add the link again.`,
  /** Where a row's picture came from, in the Uploads list. */
  fromHost: (host: string): string => `from ${host}`,
  /** Shown while the links of a paste or a drop download. */
  downloading: (count: number): string =>
    count === 1 ? 'Downloading the link…' : `Downloading ${count} links…`,
};
