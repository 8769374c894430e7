export const errors = {
  /** `activity` says what the app was doing: "handling this file", "uploading a.jpg". */
  internal: (activity: string): string =>
    `Something went wrong inside the app while ${activity}. Press Retry; if it happens again, restart the app.`,
  handlingFile: 'handling this file',
  uploading: (name: string): string => `uploading ${name}`,
  notConfigured:
    'Uploads need an ImageKit connection. Open Settings, add your keys, then press Upload.',
  untrustedSender: 'Refused: this request did not come from the app window.',
  callFailed: 'The app could not do that. Try again; if it keeps happening, restart the app.',
  nameInBatch: (stored: string, other: string): string =>
    `Another file in this batch (${other}) would be stored as ${stored}. Nothing was uploaded. Add {hash} to the naming template in Settings, or rename one of them, then press Retry.`,
  nameInHistory: (stored: string, other: string): string =>
    `A different file (${other}) was uploaded earlier as ${stored} in this folder. Nothing was uploaded. Add {hash} to the naming template in Settings, or rename this file, then press Retry.`,
};
