/** "Try it with a local test server": the offer, the banner while it runs, and its failures. */
export const testServer = {
  offerTitle: 'No ImageKit account yet?',
  offer: 'Try it with a local test server',
  offerHint:
    'The app runs a stand-in for ImageKit on this computer and uploads to it. Nothing leaves this computer: the files are kept in a folder of the app’s own.',
  starting: 'Starting the test server…',
  /** The banner while it runs. */
  running: 'Local test server:',
  runningWhere: (address: string): string =>
    `uploads go to ${address} on this computer, and nothing leaves it.`,
  folder: (folder: string): string => `Files are kept in ${folder}.`,
  connect: 'Use ImageKit instead',
  /** In Settings while it runs. */
  inSettings:
    'The local test server is in use: uploads stay on this computer. Stop it to connect to your ImageKit account.',
  where: (address: string, folder: string): string =>
    `It listens at ${address} and keeps the files in ${folder}.`,
  stop: 'Stop the test server',
  failed: (reason: string): string =>
    `The local test server could not start (${reason}). Close other copies of the app and try again, or connect to ImageKit in Settings.`,
  unavailable:
    'This copy of the app has no local test server. Connect to ImageKit in Settings instead.',
};
