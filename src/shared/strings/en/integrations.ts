import type { Parts } from '../parts';

export const integrations = {
  title: 'Integrations',
  intro:
    "A local upload server for Typora and Obsidian's image plugins (they speak PicGo's protocol). It listens on this computer only (127.0.0.1), and the files it gets go through the list like any others.",
  run: 'Run the local upload server',
  port: 'Port',
  portHint:
    "36677 is the port Typora and Obsidian's plugins call by default; 0 picks any free port.",
  key: 'Key',
  keyHintSet:
    'Requests must end with ?key=<this key>. At least 16 letters, digits, - and _; generate a new one to lock out old copies.',
  keyHintNone:
    'No key: any program on this computer may send images. Type a key of at least 16 letters, digits, - and _, or generate one.',
  keyPlaceholder: 'No key',
  keyTooShort: (min: number): string =>
    `The key must be at least ${min} characters long. Type a longer one, or press Generate key.`,
  keyChars: 'The key may hold letters, digits, - and _ only. Remove the other characters.',
  generateKey: 'Generate key',
  off: 'The server is off: nothing listens.',
  listening: <T>(port: number, url: T): Parts<T> => [
    `Listening on 127.0.0.1:${port}. Paste this address, key included, into your writing tool's image plugin: `,
    url,
  ],
  copyAddress: 'Copy address',
  clipboardNeedsKey:
    'Without a key, uploading the clipboard (an empty request, as Obsidian sends when you paste) is refused, so no other program can publish what you copy. Set a key to allow it.',
  save: 'Save port and key',
};
