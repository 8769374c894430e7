/**
 * `clipboard` (main process, Electron 45's promise-based API) on Chromium's own clipboard, the one
 * the page writes with navigator.clipboard. It reads through a helper page at a loopback origin of
 * the stand-in's, which alone is granted clipboard reads; the app's page gets only what the app's
 * permission handlers allow.
 */
import { createServer } from 'node:http';
import type { Page } from '@playwright/test';
import { browser, requireReady } from './runtime';

let helper: Promise<Page> | null = null;

async function openHelper(): Promise<Page> {
  const server = createServer((_req, res) => {
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<!doctype html><title>clipboard</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no address');
  const origin = `http://127.0.0.1:${address.port}`;
  const { context, cdp } = browser();
  for (const name of ['clipboard-read', 'clipboard-write']) {
    await cdp.send('Browser.setPermission', {
      origin,
      permission: { name } as never,
      setting: 'granted',
    });
  }
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  return page;
}

const helperPage = (): Promise<Page> => (helper ??= openHelper());

interface Item {
  readonly types: readonly string[];
  getType(type: string): Promise<Blob>;
}

export const clipboard = {
  async readText(): Promise<string> {
    requireReady('clipboard');
    return (await helperPage()).evaluate(() => navigator.clipboard.readText());
  },
  async writeText(text: string): Promise<void> {
    requireReady('clipboard');
    await (await helperPage()).evaluate((t) => navigator.clipboard.writeText(t), text);
  },
  async has(mime: string): Promise<boolean> {
    return (await clipboard.read()).some((item) => item.types.includes(mime));
  },
  async read(): Promise<Item[]> {
    requireReady('clipboard');
    const items = await (
      await helperPage()
    ).evaluate(async () => {
      const out: Array<Record<string, number[]>> = [];
      for (const item of await navigator.clipboard.read().catch(() => [])) {
        const entry: Record<string, number[]> = {};
        for (const type of item.types) {
          entry[type] = [...new Uint8Array(await (await item.getType(type)).arrayBuffer())];
        }
        out.push(entry);
      }
      return out;
    });
    return items.map((entry) => ({
      types: Object.keys(entry),
      getType: async (type: string) => {
        const bytes = entry[type];
        if (!bytes) throw new Error(`The type '${type}' was not found`);
        return new Blob([new Uint8Array(bytes)], { type });
      },
    }));
  },
  async clear(): Promise<void> {
    await clipboard.writeText('');
  },
};
