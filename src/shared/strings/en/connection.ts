/** Settings → ImageKit connection: how uploads are signed, the key, and the addresses. */

export const connection = {
  title: 'ImageKit connection',
  signedHow: 'How uploads are signed',
  modePrivateKey: 'With the private key, kept on this computer',
  modeAuthEndpoint: 'By your team’s auth endpoint (no key on this computer)',
  authEndpoint: 'Auth endpoint',
  authEndpointHint: 'Your server’s URL that answers GET with {token, expire, signature}.',
  authEndpointPlaceholder: 'https://example.com/imagekit-auth',
  publicKey: 'Public key',
  publicKeyNeeded: 'Needed to sign uploads.',
  publicKeyOptional: 'Optional with a private key.',
  publicKeyPlaceholder: 'public_…',
  urlEndpoint: 'URL endpoint',
  urlEndpointHint: 'Where your files are served, e.g. https://ik.imagekit.io/your_id.',
  urlEndpointPlaceholder: 'https://ik.imagekit.io/your_id',
  uploadUrl: 'Upload URL',
  uploadUrlHint:
    'ImageKit’s by default. Point it at a compatible server, such as the local emulator.',
  apiUrl: 'API URL',
  apiUrlHint: 'Used by Test connection.',
  advanced: 'Advanced: other servers',
  save: 'Save connection',
  saveFirst: 'Save first',
  testing: 'Testing…',
  test: 'Test connection',
  authEndpointAnswered: (host: string): string =>
    `Your auth endpoint at ${host} answered with a signed token. ` +
    'ImageKit checks the signature itself at the first upload, so a key mismatch would show there.',
  connected: (host: string): string => `Connected to ImageKit at ${host}; the private key works.`,
};

export const privateKey = {
  label: 'Private key',
  hostChanged:
    'The key was removed because the upload or API address now points to another server. A key only goes to the servers it was saved for: type it again to use it there.',
  sessionOnlyKept: 'A key is kept for this session only; it is forgotten when the app quits.',
  savedInKeychain:
    'A key is saved, encrypted by your system’s keychain. Type a new one to replace it.',
  savedUnprotected:
    'A key is saved, but this computer has no keyring, so it is stored without protection. Keep it for this session only, or use an auth endpoint, to avoid that.',
  noKeyring:
    'This computer has no keyring (such as GNOME Keyring or KWallet), so a saved key would be stored on disk without protection. Keep it for this session only, or use an auth endpoint.',
  whereFrom: 'From ImageKit: Developer options → API keys. It stays on this computer.',
  placeholderSet: (session: boolean): string => `•••••••• ${session ? 'kept' : 'saved'}`,
  placeholder: 'private_…',
  keep: 'Keep key',
  save: 'Save key',
  remove: 'Remove',
  sessionOnly: 'Keep it for this session only (forgotten when the app quits)',
};
