/**
 * The emulator as the app runs it for "Try it with a local test server": inside the app's main
 * process, on 127.0.0.1 only, its files in a folder of the app's own. It reads uploads from
 * their headers, so sharp never loads in that process. Nothing it receives leaves the computer.
 */
import { randomBytes } from 'node:crypto';
import { inspectHeader } from './header-info';
import { startEmulatorWith } from './server';
import type { RunningTestServer, TestServerHost } from '../shared/test-server';

type TestServer = RunningTestServer & { close(): Promise<void> };

async function startTestServer(dataDir: string, port: number | null): Promise<TestServer> {
  // A key of its own each start: only this app, which is given it, can upload.
  const privateKey = `private_${randomBytes(16).toString('hex')}`;
  const publicKey = 'public_test_server';
  const start = (on: number) =>
    startEmulatorWith(
      { dataDir, port: on, privateKey, publicKey, urlEndpointId: 'local' },
      inspectHeader,
    );
  // The same port as last time keeps earlier links working; another program may hold it now.
  const emulator = await (port === null ? start(0) : start(port).catch(() => start(0)));
  const { uploadUrl, apiUrl, urlEndpoint } = emulator;
  return {
    uploadUrl,
    apiUrl,
    urlEndpoint,
    privateKey,
    publicKey,
    dataDir,
    close: () => emulator.close(),
  };
}

/** The test server host for `dataDir` (a folder under the app's user-data folder). */
export function testServerHost(dataDir: string): TestServerHost {
  let running: Promise<TestServer> | null = null;
  return {
    start(port) {
      running ??= startTestServer(dataDir, port).catch((err: unknown) => {
        running = null;
        throw err;
      });
      return running;
    },
    async stop() {
      const server = running;
      running = null;
      await (await server?.catch(() => null))?.close();
    },
  };
}
