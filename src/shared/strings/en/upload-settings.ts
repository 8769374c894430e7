export const uploadSettings = {
  title: 'Uploads',
  folder: 'Folder',
  folderHint: 'Created on ImageKit if it does not exist.',
  folderPlaceholder: '/products/2026',
  tags: 'Tags',
  tagsHint: 'Separated by commas; added to every file.',
  tagsPlaceholder: 'spring, catalogue',
  concurrency: 'Uploads at once',
  concurrencyHint: (suggested: number): string =>
    `More is faster on a good connection; ${suggested} suits most.`,
  autoUpload: 'Upload as soon as each file is prepared',
  responsiveWidths: 'Responsive widths (px)',
  responsiveWidthsHint:
    'The sizes the Responsive copy format offers, separated by commas. A width larger than the uploaded main image is left out.',
  save: 'Save uploads',
};
