/** Settings: the drawer, uploads, names, variants and integrations. */
import type { Parts } from '../parts';

/** The sample file the naming preview names. */
export interface NameSample {
  readonly sourceName: string;
  readonly parent: string;
  readonly width: number;
  readonly height: number;
}

export const settings = {
  title: 'Settings',
  close: 'Close settings',
};

export const uploadSettings = {
  title: 'Uploads',
  folder: 'Folder',
  folderHint: 'Created on ImageKit if it does not exist.',
  folderPlaceholder: '/products/2026',
  tags: 'Tags',
  tagsHint: 'Separated by commas; added to every file.',
  tagsPlaceholder: 'spring, catalogue',
  concurrency: 'Uploads at once',
  concurrencyHint: (suggested: number): string =>
    `More is faster on a good connection; ${suggested} suits most.`,
  autoUpload: 'Upload as soon as each file is prepared',
  save: 'Save uploads',
};

export const naming = {
  title: 'Names and destinations',
  template: 'Naming template',
  templatePlaceholder: '{name}-{hash}',
  /** "IMG_2041.JPG in folder 'spring-shoot', 4032×3024 is stored as <name>". */
  storedAs: <T>(s: NameSample, stored: T): Parts<T> => [
    `${s.sourceName} in folder '${s.parent}', ${s.width}×${s.height} is stored as `,
    stored,
  ],
  noHash:
    'Without {hash}, two different files can get the same name. Such a file is stopped before upload, with a note on its row.',
  fields: (fields: string): string => `Fields: ${fields}`,
  askDestination: 'Ask for the folder and tags each time files are added',
  save: 'Save names',
  emptyTemplate: 'The naming template is empty. Try {name}-{hash}.',
  tooLong: (max: number): string =>
    `The naming template is longer than ${max} characters. Shorten it.`,
  unknownFields: (unknown: readonly string[], known: readonly string[]): string =>
    `The naming template uses ${unknown.join(', ')}, which ${
      unknown.length === 1 ? 'is not a field' : 'are not fields'
    }. Use ${known.join(', ')}.`,
};

export const presets = {
  title: 'Variants',
  hint: 'Changes apply to files prepared after you save.',
  main: 'Main image',
  thumb: 'Thumbnail',
  format: (variant: string): string => `${variant} format`,
  longestSide: (variant: string): string => `${variant} longest side (px)`,
  sizeCap: (variant: string): string => `${variant} size cap (KB)`,
  save: 'Save variants',
  reset: 'Reset to defaults',
};

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
