/**
 * The app's name as Electron sees it (package.json `productName`): its user-data folder is
 * named after it, and the CLI finds the same folder by default so both share one history.
 */
export const APP_NAME = 'Batch Uploader for ImageKit';

/** The installer's app id (electron-builder.yml `appId`); Windows ties toasts to it. */
export const APP_ID = 'io.batchuploader.desktop';
