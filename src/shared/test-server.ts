/**
 * The local test server: the ImageKit emulator, run inside the app so it can be tried without
 * an ImageKit account. Files sent to it stay in a folder on this computer.
 */

/** Whether it was in use when the app last ran (it starts again with the app). */
export interface TestServerSettings {
  readonly enabled: boolean;
}

export const DEFAULT_TEST_SERVER: TestServerSettings = { enabled: false };

/** Where it stands, for the page to show. */
export type TestServerStatus =
  | { readonly state: 'off' }
  | {
      readonly state: 'running';
      /** host:port on 127.0.0.1. */
      readonly address: string;
      /** The folder its files are kept in. */
      readonly folder: string;
    }
  | { readonly state: 'failed'; readonly message: string };

/** A running test server, and what the app's connection needs to use it. */
export interface RunningTestServer {
  readonly uploadUrl: string;
  readonly apiUrl: string;
  readonly urlEndpoint: string;
  readonly privateKey: string;
  readonly publicKey: string;
  /** Where its files are kept (a folder under the user-data folder). */
  readonly dataDir: string;
}

/** Starts and stops the one test server of a data folder (main's port; the emulator has it). */
export interface TestServerHost {
  /** Starts it, or gives the running one; on `port` when that port is free, else on any. */
  start(port: number | null): Promise<RunningTestServer>;
  stop(): Promise<void>;
}
