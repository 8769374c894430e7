export const banners = {
  connect: 'Connect to ImageKit to upload.',
  processedWaiting: (n: number): string =>
    `${n} ${n === 1 ? 'image is' : 'images are'} processed and waiting.`,
  addNow: 'You can add images now; they are prepared while you set up.',
  openSettings: 'Open settings',
  readyToUpload: (n: number): string => `${n} ready to upload.`,
  autoUploadOff: 'Automatic upload is off.',
  upload: (n: number): string => `Upload ${n}`,
  offline: 'Offline:',
  offlineWaiting: (n: number): string =>
    n === 1
      ? '1 file waiting; it continues when the connection is back.'
      : `${n} files waiting; they continue when the connection is back.`,
  checking: 'Checking the connection every few seconds',
};
