import type { UploaderBridge } from '../shared/contract';

declare global {
  interface Window {
    /** The app's API, exposed by the preload (or by the test harness in Chromium). */
    readonly uploader: UploaderBridge;
  }
}

export {};
