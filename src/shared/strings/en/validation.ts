/**
 * Why a value was refused: `mustBe(field, expectation)` names the field and what it must be.
 * Settings typed by a person reach these; so do payloads from a damaged settings file.
 */

export const validation = {
  mustBe: (field: string, expected: string): string => `${field} must be ${expected}.`,
  expected: {
    object: 'an object',
    text: 'text',
    atMostChars: (max: number): string => `at most ${max} characters`,
    noHiddenCharacters: 'free of control characters and text-direction overrides',
    wholeNumber: (min: number, max: number): string => `a whole number from ${min} to ${max}`,
    trueOrFalse: 'true or false',
    oneOf: (allowed: readonly string[]): string => `one of ${allowed.join(', ')}`,
    list: 'a list',
    listOfAtMost: (max: number): string => `a list of at most ${max} items`,
    listWithoutGaps: 'a list without gaps',
    webAddress: 'a full web address such as https://example.com/path',
    noCredentials: 'a web address without a user name or password',
    httpsOnly: 'an https:// address (http:// is allowed only for this computer)',
  },
  folderPart: (folder: string, part: string): string =>
    `Folder "${folder}" has a part ImageKit will not accept ("${part}"). Use letters, digits, spaces, - _ . and @.`,
  tag: (field: string): string => `${field} must be a non-empty tag without commas.`,
  serverKey: 'The key may hold letters, digits, - and _ only.',
  noSafeStorage:
    'This computer offers no way to store the key safely. Keep it for this session only, or use an auth endpoint instead.',
  /** The names settings fields go by in these sentences. */
  fields: {
    settings: 'Settings',
    connection: 'Connection settings',
    authMode: 'Sign-in method',
    publicKey: 'Public key',
    urlEndpoint: 'URL endpoint',
    uploadUrl: 'Upload URL',
    apiUrl: 'API URL',
    authEndpoint: 'Auth endpoint',
    folder: 'Folder',
    tags: 'Tags',
    destination: 'Destination',
    upload: 'Upload settings',
    concurrency: 'Uploads at once',
    autoUpload: 'Upload automatically',
    nameTemplate: 'Naming template',
    askDestination: 'Ask where each batch goes',
    recentFolders: 'Recent folders',
    presets: 'Variants',
    main: 'Main image',
    thumb: 'Thumbnail',
    format: (variant: string): string => `${variant} format`,
    longestSide: (variant: string): string => `${variant} longest side`,
    sizeCap: (variant: string): string => `${variant} size cap`,
    integrations: 'Integrations',
    picgo: 'Local upload server settings',
    picgoEnabled: 'Local upload server',
    port: 'Port',
    key: 'Key',
  },
};
