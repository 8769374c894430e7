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
