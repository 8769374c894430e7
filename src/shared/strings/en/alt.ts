import { counted } from './plural';

/** Alt text: on rows, in History, in the dialog that sets it, and its failures. */
export const alt = {
  // The batch bar
  missing: (n: number): string =>
    `${counted(n, 'file has', 'files have')} no alt text. Select ${n === 1 ? 'it' : 'them'} and use Set alt text…, or mark ${n === 1 ? 'it' : 'them'} decorative.`,
  setAction: 'Set alt text…',
  // On a row
  none: 'No alt text: copies use the file name',
  decorative: 'Decorative (empty alt)',
  edit: 'Edit alt text',
  editLabel: (name: string): string => `Edit alt text of ${name}`,
  add: 'Add alt text',
  draft: (text: string): string => `Draft: ${text}`,
  accept: 'Accept',
  acceptLabel: (name: string): string => `Accept the drafted alt text of ${name}`,
  draftSetting: 'Draft alt text with ImageKit',
  draftHint:
    'Uses ImageKit’s AI (the ai-auto-description extension): each file without alt text costs extension units on your ImageKit plan. The draft shows on the row for you to accept or edit.',
  addLabel: (name: string): string => `Add alt text to ${name}`,
  // The dialog
  title: (n: number): string => (n === 1 ? 'Alt text' : `Alt text for ${n} files`),
  intro:
    'Say what the picture shows for people who cannot see it, in a sentence or two. It goes to ImageKit as the file’s description and into the HTML and Markdown you copy.',
  field: 'Alt text',
  markDecorative: 'Decorative: the picture adds nothing to the text (an empty alt)',
  save: 'Save alt text',
  clear: 'Remove alt text',
  cancel: 'Cancel',
  tooLong: (max: number): string => `Alt text may have at most ${max} characters.`,
  saved: (n: number): string => `Alt text saved for ${counted(n, 'file', 'files')}.`,
  // Files already on ImageKit
  needsKey:
    'The alt text of a file already on ImageKit is changed through ImageKit’s management API, which needs the private key. Choose Private key in Settings, enter it, then edit the alt text again.',
  notInHistory:
    'That upload is no longer in History, so its alt text cannot be changed here. Refresh History.',
};
