/** The team duplicate check: Settings, the rows it skips, and the CLI's team-setup. */
export const teamCheck = {
  section: 'Team duplicate check',
  explain:
    'Each upload records its picture’s SHA-256 in a custom metadata field on ImageKit, so a picture anyone on your team already uploaded to that folder is skipped, from any computer.',
  setUp: 'Set up team duplicate check',
  settingUp: 'Setting up…',
  ready: 'Set up: batches are checked against ImageKit before they upload.',
  missing: 'Not set up yet. Setting it up creates one custom metadata field in your account.',
  localOnly:
    'Signed uploads (an auth endpoint) cannot search ImageKit, so only this computer’s history is checked. Choose the private key above to use the team check.',
  checking: 'Checking the account’s custom metadata fields…',
  onImageKit: (date: string): string => `Already on ImageKit (uploaded ${date})`,
  cliCreated: (field: string): string =>
    `Created the custom metadata field "${field}": uploads now record each picture's SHA-256, and upload skips what the folder already holds.`,
  cliExists: (field: string): string =>
    `The custom metadata field "${field}" is already set up; nothing changed.`,
  cliNeedsKey:
    'team-setup needs IMAGEKIT_PRIVATE_KEY: signed uploads (IMAGEKIT_AUTH_ENDPOINT) cannot create custom metadata fields.',
  cliFailed: (reason: string): string => `The team duplicate check could not be set up: ${reason}`,
};
