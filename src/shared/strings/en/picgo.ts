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
  hiddenCharacters: (path: string): string =>
    `"${path}" holds invisible control, line-break or text-direction characters (written here as \\u codes), so nothing was uploaded. Rename the file, then send it again.`,
  notConfigured:
    'Uploads need an ImageKit connection. Open the app’s Settings, add your keys, then try again.',
  noClipboard: 'The clipboard holds no image. Copy an image, then try again.',
  clipboardNeedsKey:
    'Uploading the clipboard needs a key, so that no other program can publish what you copy: generate one in Settings → Integrations and add ?key=<the key> to the address.',
  cannotUse: (path: string): string =>
    `${path} was not uploaded: it is missing, cannot be read, or is not an image file. Check the path and the file, then try again.`,
  tooManyPerMinute: (max: number): string =>
    `More than ${max} files were sent in the last minute. Wait a minute, then send the rest.`,
  tooManyWaiting: (max: number): string =>
    `${max} files sent earlier are still waiting to upload. Wait until they are done, then send more.`,
  clipboardUnavailable:
    'The command-line server cannot read the clipboard. Send a list of files: {"list": ["/absolute/path.png"]}.',
  cancelled: (name: string): string =>
    `The upload of ${name} was stopped in the app. Nothing was linked.`,
  fileFailed: (path: string, sentence: string): string => `Could not upload ${path}: ${sentence}`,
  nothingAdded: (path: string): string =>
    `No image was found at ${path}. Check the path and try again.`,
  internal:
    'The local upload server could not finish this request. Try again; if it keeps happening, restart the app.',
  portInUse: (port: number): string =>
    `Port ${port} is already in use, perhaps by PicGo or another copy of this app. Close it, or choose another port.`,
  cannotListen: (port: number, reason: string): string =>
    `The local upload server could not listen on port ${port} (${reason}). Choose another port.`,
};
