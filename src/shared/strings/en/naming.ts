import type { Parts } from '../parts';

/** The sample file the naming preview names. */
export interface NameSample {
  readonly sourceName: string;
  readonly parent: string;
  readonly width: number;
  readonly height: number;
}

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
