/**
 * "Try it with a local test server": starts the emulator inside the app and points the
 * connection at it (its addresses, its key for this session), or stops it and sets the
 * connection back to ImageKit's. Through the same session as Settings, so nothing else changes.
 */
import { IMAGEKIT_API_URL, IMAGEKIT_UPLOAD_URL } from '../../../shared/settings';
import type { TestServerStatus } from '../../../shared/test-server';
import { strings } from '../../../shared/strings';
import type { TestServerHost } from '../ports';
import type { ConnectionSession } from './connection-session';

/** The port in a saved upload address, to start on the same one again (links keep working). */
function portOf(uploadUrl: string): number | null {
  try {
    const port = new URL(uploadUrl).port;
    return port === '' ? null : Number(port);
  } catch {
    return null;
  }
}

export class TestServerSwitch {
  private current: TestServerStatus = { state: 'off' };
  /** Switches are applied one after another, never interleaved. */
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: TestServerHost | undefined,
    private readonly session: ConnectionSession,
    private readonly log: (line: string) => void,
  ) {}

  /** Where it stands now. */
  status(): TestServerStatus {
    return this.current;
  }

  /** Resolves once every switch asked for so far is done. */
  async settled(): Promise<void> {
    await this.chain;
  }

  /** Start it and use it, or stop it and set the connection back to ImageKit's. */
  use(on: boolean): Promise<void> {
    this.chain = this.chain.then(() => (on ? this.start() : this.stop()));
    return this.chain;
  }

  /** At start-up: start it again when it was in use as the app last ran. */
  resume(): Promise<void> {
    return this.session.settings.testServer.enabled ? this.use(true) : this.settled();
  }

  /** Stops it as the app quits; it stays chosen, so it starts with the app next time. */
  async close(): Promise<void> {
    await this.settled();
    await this.host?.stop();
  }

  private async start(): Promise<void> {
    if (!this.host) {
      this.current = { state: 'failed', message: strings.testServer.unavailable };
      return;
    }
    const saved = this.session.settings;
    try {
      const port = saved.testServer.enabled ? portOf(saved.connection.uploadUrl) : null;
      const server = await this.host.start(port);
      const { uploadUrl, apiUrl, urlEndpoint, publicKey } = server;
      this.session.update({
        connection: { authMode: 'private-key', uploadUrl, apiUrl, urlEndpoint, publicKey },
      });
      this.session.setTestServer(true);
      this.session.setPrivateKey(server.privateKey, 'session');
      this.current = { state: 'running', address: new URL(uploadUrl).host, folder: server.dataDir };
      this.log(`Local test server running at ${uploadUrl}, files in ${server.dataDir}.`);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      this.log(`The local test server did not start: ${reason}`);
      this.current = { state: 'failed', message: strings.testServer.failed(reason) };
    }
  }

  private async stop(): Promise<void> {
    await this.host?.stop();
    if (this.session.settings.testServer.enabled) {
      // The test server's key goes first, so moving the addresses forgets nothing of the user's.
      this.session.setPrivateKey(null, 'session');
      this.session.update({
        connection: {
          uploadUrl: IMAGEKIT_UPLOAD_URL,
          apiUrl: IMAGEKIT_API_URL,
          urlEndpoint: '',
          publicKey: '',
        },
      });
      this.session.setTestServer(false);
    }
    this.current = { state: 'off' };
  }
}
