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
  privateKeyRejected: (status: number): string => `ImageKit rejected the private key (${status}).`,
  signatureRejected: (status: number): string =>
    `ImageKit rejected the public key or the signature from your auth endpoint (${status}).`,
  limitReached:
    "ImageKit refused the upload: the account's storage or upload limit is reached (403).",
  accountDisabled:
    'ImageKit says this account is disabled (403). Ask the account owner to check it in the ImageKit dashboard.',
  tokenRejected: (quoted: string): string =>
    `ImageKit rejected the signed token from your auth endpoint${quoted} (400).`,
  nothingAnswers: (where: string, host: string): string =>
    `Nothing answers at the ${where} (404 from ${host}).`,
  alreadyExists: (name: string): string =>
    `ImageKit already has ${name} and refused to replace it (409).`,
  tooLarge: (name: string): string => `${name} is larger than ImageKit accepts (413).`,
  slowDown: (tries: string): string => `ImageKit kept asking us to slow down (429)${tries}.`,
  serverProblem: (status: number, tries: string): string =>
    `ImageKit had a server problem (${status})${tries}.`,
  refused: (name: string, quoted: string, status: number): string =>
    `ImageKit refused ${name}${quoted} (${status}).`,
  authRefused: (status: number): string =>
    `Your auth endpoint refused to sign the upload (${status}).`,
  authNotFound: 'Nothing answers at the auth endpoint URL (404).',
  authSlowDown: (tries: string): string =>
    `Your auth endpoint kept asking us to slow down (429)${tries}.`,
  authFailed: (status: number, tries: string): string =>
    `Your auth endpoint failed (${status})${tries}.`,
  authNoToken: (status: number): string =>
    `Your auth endpoint answered ${status} instead of a token.`,
  authBadAnswer: (detail: string): string =>
    `Your auth endpoint answered, but not with {token, expire, signature} (${detail}).`,
  uploadBadAnswer: (name: string, detail: string, tries: string): string =>
    `ImageKit answered the upload of ${name} with something that is not an upload result (${detail})${tries}.`,
  apiBadAnswer: (detail: string): string =>
    `The ImageKit API answered with something unexpected (${detail}).`,
  unreachable: (server: string, host: string, detail: string, tries: string): string =>
    `Could not reach ${server} at ${host} (${detail})${tries}.`,
  noAnswerInTime: (server: string, tries: string): string =>
    `${capitalised(server)} did not answer in time${tries}.`,
  tokenReused: (tries: string): string =>
    `Your auth endpoint handed out a token it had given before${tries}; ImageKit accepts each token only once. Ask whoever runs it to make a fresh token for every request.`,
  cancelled: 'The upload was stopped. Press Retry to send it again.',
  deadline: (name: string, seconds: number, last: string | null): string =>
    `${name} was not uploaded within ${seconds} s.${last ? ` Last problem: ${last}` : ''}`,
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
