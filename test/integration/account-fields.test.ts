/**
 * The account's custom metadata fields, read once per connection for everyone who asks, against
 * the emulator on 127.0.0.1: callers at the same moment share one request, a failed read is
 * asked again, and another key (another account) or a field the app made reads them again.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memorySession } from '../../src/main/core/service/memory-session';
import { PRIVATE_KEY, startTempEmulator, type TempEmulator } from '../support/emulator';

let temp: TempEmulator;
beforeAll(async () => {
  temp = await startTempEmulator();
});
afterAll(() => temp.close());

function session(apiUrl = temp.emu.apiUrl) {
  const { emu } = temp;
  const connection = {
    authMode: 'private-key' as const,
    publicKey: 'public_unit_test',
    uploadUrl: emu.uploadUrl,
    apiUrl,
    urlEndpoint: emu.urlEndpoint,
  };
  return memorySession({ connection }, PRIVATE_KEY);
}

const reads = () => temp.emu.stats().fieldLists;

describe("the account's fields", () => {
  it('are read once for callers at the same moment and after', async () => {
    const s = session();
    const before = reads();
    const [a, b] = await Promise.all([s.customFields(), s.customFields()]);
    expect(a.ok && b.ok).toBe(true);
    await s.customFields();
    expect(reads() - before).toBe(1);
  });

  it('are asked again after a failed read, and kept once one works', async () => {
    // A server on 127.0.0.1 that fails the first read (500) and answers the rest with no fields.
    let asked = 0;
    const server = createServer((req, res) => {
      asked += 1;
      res.writeHead(asked === 1 ? 500 : 200, { 'content-type': 'application/json' });
      res.end(asked === 1 ? '{"message":"Internal error"}' : '[]');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const { port } = server.address() as AddressInfo;
      const s = session(`http://127.0.0.1:${port}`);
      expect((await s.customFields()).ok).toBe(false);
      expect(await s.customFields()).toEqual({ ok: true, value: [] });
      await s.customFields();
      expect(asked).toBe(2);
    } finally {
      await new Promise((done) => server.close(done));
    }
  });

  it('are read again for another key, and after the app changed them', async () => {
    const s = session();
    await s.customFields();
    const before = reads();
    s.setPrivateKey('private_other_account', 'session');
    // The emulator knows one account: the other key is refused (so not counted among its
    // reads), where the first key's fields would have come from the cache.
    expect((await s.customFields()).ok).toBe(false);
    s.setPrivateKey(PRIVATE_KEY, 'session');
    expect((await s.customFields()).ok).toBe(true);
    s.fieldsChanged();
    await s.customFields();
    expect(reads() - before).toBe(2);
  });
});
