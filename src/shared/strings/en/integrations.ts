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
  keyHintSet: 'Requests must end with ?key=<this key>. Generate a new one to lock out old copies.',
  keyHintNone: 'No key: any program on this computer may upload. Generate one to require it.',
  keyPlaceholder: 'No key',
  generateKey: 'Generate key',
  off: 'The server is off: nothing listens.',
  listening: <T>(url: T): Parts<T> => ['Listening on ', url],
  savePort: 'Save port',
};
