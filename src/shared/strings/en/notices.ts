import { counted } from './plural';

/** What one copied line is called, singular and plural, per text form. */
const COPY_NAMES = {
  url: ['link', 'links'],
  markdown: ['Markdown image link', 'Markdown image links'],
  html: ['HTML image tag', 'HTML image tags'],
  responsive: ['responsive image tag', 'responsive image tags'],
  json: ['JSON line', 'JSON lines'],
} as const;

export const notices = {
  dismiss: 'Dismiss',
  testServerStopped:
    'The local test server is stopped. Enter your ImageKit keys and URL endpoint to upload to ImageKit.',
  /** The fallback when a failed call carries no sentence of its own. */
  somethingWrong: 'Something went wrong. Try again.',
  alreadyInList: (n: number): string =>
    `${n} ${n === 1 ? 'file was' : 'files were'} already in the list and not added again.`,
  noImagesThere: 'No images found there.',
  notFiles: 'Those items are not files on this computer. Drop files or folders from your disk.',
  nothingToPaste: 'The clipboard holds no image. Copy an image or image files, then paste again.',
  linkCopied: 'Link copied.',
  linksCopied: (n: number): string => `${counted(n, 'link', 'links')} copied.`,
  copiedLines: (count: number, format: keyof typeof COPY_NAMES): string => {
    const [one, many] = COPY_NAMES[format];
    return count === 1 ? `Copied the ${one}.` : `Copied ${count} ${many}.`;
  },
  settingsSaved: 'Settings saved.',
  keyRemoved: 'Private key removed.',
  keyKept: 'Private key kept for this session.',
  keySaved: 'Private key saved.',
  serverKeySaved: 'New key saved. Copy it into your editor’s upload settings.',
  keyForgotten:
    'The private key was removed because the upload or API address now points to another server. Type the key again to use it there.',
};
