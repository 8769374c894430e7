import type { Parts } from '../parts';

export const header = {
  title: 'Batch Uploader',
  topFolder: 'the top folder',
  /** "Uploads to <folder> of your ImageKit library, tagged a, b". */
  uploadsTo: <T>(where: T, tags: readonly string[]): Parts<T> => [
    'Uploads to ',
    where,
    ` of your ImageKit library${tags.length > 0 ? `, tagged ${tags.join(', ')}` : ''}`,
  ],
  addImages: 'Add images…',
  addFolder: 'Add folder…',
  settings: 'Settings',
};
