import type { UploaderBridge } from '../../shared/contract';

/** The app's API, from the preload. Only store actions use it. */
export const uploader: UploaderBridge = window.uploader;
