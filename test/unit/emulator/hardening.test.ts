import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../src/emulator';
import { isOwnHost } from '../../../src/emulator/server';
import { list, png, start, tempDir, uploadOk } from '../../support/emulator';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function emulator(): Promise<RunningEmulator> {
  const temp = await tempDir();
  cleanups.push(temp.cleanup);
  const emu = await start(temp.dir);
  cleanups.push(() => emu.close());
  return emu;
}

/** A raw GET with a chosen Host header (fetch always sends the real one). */
function getWithHost(
  emu: RunningEmulator,
  path: string,
  host: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { port } = new URL(emu.origin);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: Number(port), path, headers: { host } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the emulator refuses what a web page could abuse', () => {
  it('answers only requests addressed to its own loopback host and port (DNS rebinding)', async () => {
    const emu = await emulator();
    const { port } = new URL(emu.origin);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      expect((await getWithHost(emu, '/__emulator/stats', host)).status, host).toBe(200);
    }
    for (const host of [
      `attacker.example:${port}`,
      'attacker.example',
      `127.0.0.1:${Number(port) + 1}`,
      `localhost.attacker.example:${port}`,
    ]) {
      const res = await getWithHost(emu, '/__emulator/auth', host);
      expect(res.status, host).toBe(421);
      expect(res.body).not.toContain('signature');
    }
  });

  it('checks Host names and ports exactly', () => {
    expect(isOwnHost('127.0.0.1:4010', 4010)).toBe(true);
    expect(isOwnHost('[::1]:4010', 4010)).toBe(true);
    expect(isOwnHost('LOCALHOST:4010', 4010)).toBe(true);
    expect(isOwnHost('127.0.0.1:4011', 4010)).toBe(false);
    expect(isOwnHost('127.0.0.1', 4010)).toBe(false);
    expect(isOwnHost('evil.example:4010', 4010)).toBe(false);
    expect(isOwnHost('127.0.0.1:4010@evil.example', 4010)).toBe(false);
    expect(isOwnHost(undefined, 4010)).toBe(false);
  });

  it('gives the auth and control routes no CORS header, and keeps it on the ImageKit API', async () => {
    const emu = await emulator();
    for (const path of ['/__emulator/auth', '/__emulator/files', '/__emulator/stats']) {
      const res = await fetch(`${emu.origin}${path}`, {
        headers: { origin: 'https://evil.example' },
      });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('access-control-allow-origin'), path).toBeNull();
    }
    const listed = await list(emu);
    expect(listed.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('takes fault settings only as JSON, which a page cannot send without permission', async () => {
    const emu = await emulator();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const res = await fetch(`${emu.origin}/__emulator/faults`, {
        method: 'POST',
        headers: { 'content-type': type },
        body: JSON.stringify({ serverErrorRate: 1 }),
      });
      expect(res.status, type).toBe(415);
    }
    const stats = (await (await fetch(`${emu.origin}/__emulator/stats`)).json()) as {
      faults: { serverError: number };
    };
    expect(stats.faults.serverError).toBe(0);
    const ok = await fetch(`${emu.origin}/__emulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ latencyMs: 0 }),
    });
    expect(ok.status).toBe(200);
  });

  it('sends nosniff on every answer and serves SVG sandboxed', async () => {
    const emu = await emulator();
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    );
    const stored = await uploadOk(emu, svg, {
      fileName: 'drawing.svg',
      useUniqueFileName: 'false',
    });
    const served = await fetch(stored.url as string);
    expect(served.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(served.headers.get('content-security-policy')).toBe('sandbox');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    const photo = await uploadOk(emu, await png(), { fileName: 'p.png' });
    const pngServed = await fetch(photo.url as string);
    expect(pngServed.headers.get('content-security-policy')).toBeNull();
    const answers = [
      pngServed,
      await list(emu),
      await fetch(`${emu.origin}/__emulator/auth`),
      await fetch(`${emu.origin}/nowhere`),
      await fetch(`${emu.uploadUrl}`, { method: 'POST' }),
    ];
    for (const res of answers)
      expect(res.headers.get('x-content-type-options'), res.url).toBe('nosniff');
  });
});
