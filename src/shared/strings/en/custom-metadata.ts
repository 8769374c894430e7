/** Custom metadata: the form built from the account's fields, and what each field refuses. */
export const customMetadata = {
  section: 'Custom metadata',
  intro: 'The fields your ImageKit account defines. They go up with every file of this batch.',
  loading: 'Reading the custom metadata fields of your ImageKit account…',
  needsKey:
    'Custom metadata fields are read with the private key. Choose Private key in Settings and enter it to fill them in here.',
  required: (label: string): string => `${label} is required: fill it in before adding the files.`,
  notText: (label: string): string => `${label} takes text.`,
  tooShort: (label: string, min: number): string => `${label} needs at least ${min} characters.`,
  tooLong: (label: string, max: number): string => `${label} takes at most ${max} characters.`,
  notNumber: (label: string): string => `${label} takes a number, such as 42 or 9.5.`,
  tooSmall: (label: string, min: number): string => `${label} must be at least ${min}.`,
  tooLarge: (label: string, max: number): string => `${label} must be at most ${max}.`,
  notDate: (label: string): string => `${label} takes a date, such as 2026-12-03.`,
  dateTooEarly: (label: string, min: string): string => `${label} must be on or after ${min}.`,
  dateTooLate: (label: string, max: string): string => `${label} must be on or before ${max}.`,
  notBoolean: (label: string): string => `${label} takes yes or no.`,
  notOption: (label: string, options: readonly string[]): string =>
    `${label} takes one of: ${options.join(', ')}.`,
  oneValue: (label: string): string => `${label} takes one value, not a list.`,
  unknownField: (name: string): string =>
    `"${name}" is not a custom metadata field of your ImageKit account. Check the name in ImageKit → Settings → Custom metadata.`,
  choose: 'Choose…',
};
