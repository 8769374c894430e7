/** Sentences for failures the app detects itself: refused calls, settings, stored names. */

export const errors = {
  /** `activity` says what the app was doing: "handling this file", "uploading a.jpg". */
  internal: (activity: string): string =>
    `Something went wrong inside the app while ${activity}. Press Retry; if it happens again, restart the app.`,
  handlingFile: 'handling this file',
  uploading: (name: string): string => `uploading ${name}`,
  notConfigured:
    'Uploads need an ImageKit connection. Open Settings, add your keys, then press Upload.',
  untrustedSender: 'Refused: this request did not come from the app window.',
  callFailed: 'The app could not do that. Try again; if it keeps happening, restart the app.',
  nameInBatch: (stored: string, other: string): string =>
    `Another file in this batch (${other}) would be stored as ${stored}. Nothing was uploaded. Add {hash} to the naming template in Settings, or rename one of them, then press Retry.`,
  nameInHistory: (stored: string, other: string): string =>
    `A different file (${other}) was uploaded earlier as ${stored} in this folder. Nothing was uploaded. Add {hash} to the naming template in Settings, or rename this file, then press Retry.`,
};

/** Why the connection settings cannot work, found before any request is made. */
export const config = {
  uploadUrl:
    'The upload URL in Settings is not a web address (http or https). Fix it, or reset it to ImageKit’s.',
  apiUrl:
    'The API URL in Settings is not a web address (http or https). Fix it, or reset it to ImageKit’s.',
  noPrivateKey: 'No private key is set. Add it in Settings, or switch to an auth endpoint.',
  authEndpoint:
    'The auth endpoint in Settings is not a web address (http or https). Fix it, or switch to a private key.',
  noPublicKey: 'Signed uploads need the public key. Add it in Settings.',
};

/** What the local upload server tells its callers, and what Settings shows about it. */
export const picgo = {
  notFound: 'Nothing here. Send images with POST /upload.',
  methodNotAllowed: 'Send images with POST /upload.',
  badHost: 'Refused: this server answers requests addressed to 127.0.0.1 or localhost only.',
  crossOrigin: 'Refused: web pages may not call the local upload server.',
  keyMissing:
    'This server needs a key. Add ?key=<your key> to the address (see Settings → Integrations).',
  keyWrong: 'The key in the address is not the one in Settings → Integrations. Copy it again.',
  tooLarge: 'The request is too large. Send a list of file paths, not the files themselves.',
  badJson: 'The request is not valid JSON. Send {"list": ["/absolute/path.png"]}.',
  badShape: 'The request needs a "list" of file paths: {"list": ["/absolute/path.png"]}.',
  emptyList: 'The list of files is empty. Name at least one image.',
  tooMany: (max: number): string =>
    `The list names more than ${max} files. Send at most ${max} at a time.`,
  notText: 'Every entry in "list" must be a file path (text).',
  relative: (path: string): string =>
    `"${path}" is not an absolute path. Send the full path of the image, e.g. /Users/me/a.png.`,
  notConfigured:
    'Uploads need an ImageKit connection. Open the app’s Settings, add your keys, then try again.',
  noClipboard: 'The clipboard holds no image. Copy an image, then try again.',
  clipboardUnavailable:
    'The command-line server cannot read the clipboard. Send a list of files: {"list": ["/absolute/path.png"]}.',
  cancelled: (name: string): string =>
    `The upload of ${name} was stopped in the app. Nothing was linked.`,
  nothingAdded: (path: string): string =>
    `No image was found at ${path}. Check the path and try again.`,
  internal:
    'The local upload server could not finish this request. Try again; if it keeps happening, restart the app.',
  portInUse: (port: number): string =>
    `Port ${port} is already in use, perhaps by PicGo or another copy of this app. Close it, or choose another port.`,
  cannotListen: (port: number, reason: string): string =>
    `The local upload server could not listen on port ${port} (${reason}). Choose another port.`,
};
