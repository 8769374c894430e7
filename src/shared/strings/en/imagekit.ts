/** Who answered, as a person would name it. */
const serverName = (authEndpoint: boolean): string =>
  authEndpoint ? 'your auth endpoint' : 'ImageKit';

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export const imagekit = {
  tries: (attempts: number): string => (attempts > 1 ? ` (tried ${attempts} times)` : ''),
  quoted: (serverMessage: string): string => (serverMessage === '' ? '' : `: "${serverMessage}"`),
  theRequest: 'the request',
  serverName,
  apiUrl: 'API URL',
  uploadUrl: 'upload URL',
  privateKeyRejected: (status: number): string =>
    `ImageKit rejected the private key (${status}). Check it in Settings.`,
  signatureRejected: (status: number): string =>
    `ImageKit rejected the public key or the signature from your auth endpoint (${status}). ` +
    'Check the public key in Settings, and that the auth endpoint signs with the matching private key.',
  limitReached:
    "ImageKit refused the upload: the account's storage or upload limit is reached (403). " +
    'Free up space or upgrade the plan, then press Retry.',
  accountDisabled:
    'ImageKit says this account is disabled (403). Ask the account owner to check it in the ImageKit dashboard.',
  tokenRejected: (quoted: string): string =>
    `ImageKit rejected the signed token from your auth endpoint${quoted} (400). ` +
    'Check that the endpoint signs with the private key that belongs to the public key in Settings, and that its clock is right.',
  nothingAnswers: (where: string, host: string): string =>
    `Nothing answers at the ${where} in Settings (404 from ${host}). Check it.`,
  alreadyExists: (name: string): string =>
    `ImageKit already has ${name} and refused to replace it (409). Delete it in the Media Library, then press Retry.`,
  tooLarge: (name: string): string =>
    `${name} is larger than ImageKit accepts (413). Lower the size cap in Settings.`,
  slowDown: (tries: string): string =>
    `ImageKit kept asking us to slow down (429)${tries}. Wait a few minutes, then press Retry.`,
  serverProblem: (status: number, tries: string): string =>
    `ImageKit had a server problem (${status})${tries}. Press Retry later; nothing was lost.`,
  refused: (name: string, quoted: string, status: number): string =>
    `ImageKit refused ${name}${quoted} (${status}). Check the folder and tags in Settings.`,
  authRefused: (status: number): string =>
    `Your auth endpoint refused to sign the upload (${status}). Check the auth endpoint URL in Settings, or ask whoever runs it.`,
  authNotFound: 'Nothing answers at the auth endpoint URL in Settings (404). Check it.',
  authSlowDown: (tries: string): string =>
    `Your auth endpoint kept asking us to slow down (429)${tries}. Wait a few minutes, then press Retry.`,
  authFailed: (status: number, tries: string): string =>
    `Your auth endpoint failed (${status})${tries}. Press Retry later, or ask whoever runs it.`,
  authNoToken: (status: number): string =>
    `Your auth endpoint answered ${status} instead of a token. Check its URL in Settings.`,
  authBadAnswer: (detail: string): string =>
    `Your auth endpoint answered, but not with {token, expire, signature} (${detail}). Check the auth endpoint URL in Settings.`,
  uploadBadAnswer: (name: string, detail: string, tries: string): string =>
    `ImageKit answered the upload of ${name} with something that is not an upload result (${detail})${tries}. Press Retry; if it keeps happening, check the upload URL in Settings.`,
  apiBadAnswer: (detail: string): string =>
    `The ImageKit API answered with something unexpected (${detail}). Check the API URL in Settings.`,
  unreachable: (server: string, host: string, detail: string, tries: string): string =>
    `Could not reach ${server} at ${host} (${detail})${tries}. Check the internet connection and the address in Settings, then press Retry.`,
  noAnswerInTime: (server: string, tries: string): string =>
    `${capitalised(server)} did not answer in time${tries}. Check the internet connection, then press Retry.`,
  tokenReused: (tries: string): string =>
    `Your auth endpoint handed out a token it had given before${tries}; ImageKit accepts each token only once. Ask whoever runs it to make a fresh token for every request.`,
  cancelled: 'The upload was stopped. Press Retry to send it again.',
  deadline: (name: string, seconds: number, last: string | null): string =>
    `${name} was not uploaded within ${seconds} s.${last ? ` Last problem: ${last}` : ''} Press Retry to continue; parts already stored are kept.`,
  /** Short reasons shown while a retry waits. */
  retry: {
    slowDown: (server: string): string => `${capitalised(server)} asked us to slow down (429).`,
    problem: (server: string, status: number): string =>
      `${capitalised(server)} had a problem (${status}).`,
    connection: (detail: string): string => `Connection problem (${detail}).`,
    offline: (detail: string): string => `No connection (${detail}).`,
    noAnswer: (server: string): string => `${capitalised(server)} did not answer in time.`,
    unexpected: (server: string): string => `Unexpected answer from ${server}.`,
    tokenRepeated: 'The auth endpoint repeated a token.',
    again: 'Trying again.',
  },
};
