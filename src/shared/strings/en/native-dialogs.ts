export const nativeDialogs = {
  windowTitle: 'Batch Uploader for ImageKit',
  warningTitle: 'Batch Uploader',
  ok: 'OK',
  addFolder: 'Add a folder of images',
  addImages: 'Add images',
  imagesFilter: 'Images',
  exportHistory: 'Export upload history',
  csvFilter: 'CSV (spreadsheets)',
  jsonFilter: 'JSON',
  batchFinished: 'Batch finished',
  batchFinishedBody: (done: number, failed: number): string =>
    failed > 0
      ? `${done} uploaded, ${failed} failed. Open the app to see why.`
      : `${done} uploaded.`,
};
