/** Why the connection settings cannot work, found before any request is made. */
export const config = {
  uploadUrl:
    'The upload URL in Settings is not a web address (http or https). Fix it, or reset it to ImageKit’s.',
  apiUrl:
    'The API URL in Settings is not a web address (http or https). Fix it, or reset it to ImageKit’s.',
  noPrivateKey: 'No private key is set. Add it in Settings, or switch to an auth endpoint.',
  authEndpoint:
    'The auth endpoint in Settings is not a web address (http or https). Fix it, or switch to a private key.',
  noPublicKey: 'Signed uploads need the public key. Add it in Settings.',
};
