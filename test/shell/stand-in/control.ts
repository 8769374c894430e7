/**
 * The messages between the stand-in Electron (inside the app's main process) and the test that
 * started it, over Node's IPC channel. The stand-in asks where a person would act (native
 * dialogs) and reports what a person would see outside the page (error boxes, notifications,
 * links opened in the browser, the menu).
 */

/** A native dialog the app opened; the test answers it as the person would. */
export type DialogAsk =
  | { readonly kind: 'open'; readonly options: unknown }
  | { readonly kind: 'save'; readonly options: unknown }
  | {
      readonly kind: 'message';
      readonly options: { readonly message?: string; readonly buttons?: readonly string[] };
    };

/** What the app's process tells the test. */
export type FromApp =
  | { readonly t: 'browser'; readonly cdp: string; readonly pid: number }
  | { readonly t: 'window'; readonly url: string }
  | ({ readonly t: 'ask'; readonly id: number } & DialogAsk)
  | { readonly t: 'error-box'; readonly title: string; readonly content: string }
  | { readonly t: 'notification'; readonly title: string; readonly body: string }
  | { readonly t: 'open-external'; readonly url: string }
  | { readonly t: 'app-user-model-id'; readonly id: string }
  | { readonly t: 'fault'; readonly message: string }
  | { readonly t: 'reply'; readonly id: number; readonly value: unknown };

/** What the test asks of the app's process. */
export type ToApp =
  | { readonly t: 'answer'; readonly id: number; readonly value: unknown }
  | { readonly t: 'menu-click'; readonly id: number; readonly path: readonly string[] }
  | { readonly t: 'menu-labels'; readonly id: number }
  | { readonly t: 'quit'; readonly id: number }
  | { readonly t: 'close-window'; readonly id: number }
  | { readonly t: 'clipboard-text'; readonly id: number }
  | { readonly t: 'handlers'; readonly id: number }
  | { readonly t: 'web-preferences'; readonly id: number };

/** Environment variables the harness sets for the stand-in. */
export const STANDIN_ENV = {
  /** The folder that stands in for the OS's app-data folder (userData is <it>/<app name>). */
  appData: 'STANDIN_APP_DATA',
  /** '1': the runtime has no node:sqlite, as an Electron build without it would. */
  noSqlite: 'STANDIN_NO_SQLITE',
  /** The Chromium binary pages run in. */
  chromium: 'STANDIN_CHROMIUM',
} as const;
