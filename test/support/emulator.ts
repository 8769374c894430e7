import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { signToken, startEmulator } from '../../src/emulator';
import type { EmulatorOptions, RunningEmulator } from '../../src/emulator';

export const PRIVATE_KEY = 'private_unit_test';
export const PUBLIC_KEY = 'public_unit_test';

export { tempDir } from './images';

export interface TempEmulator {
  readonly emu: RunningEmulator;
  readonly dataDir: string;
  /** Stops the emulator and removes its folder. */
  close(): Promise<void>;
}

/** An emulator on a free port of 127.0.0.1 with its own data folder (unit keys unless given). */
export async function startTempEmulator(
  opts: Partial<EmulatorOptions> = {},
): Promise<TempEmulator> {
  const dataDir = await mkdtemp(join(tmpdir(), 'ik-emu-'));
  const emu = await startEmulator({
    dataDir,
    port: 0,
    privateKey: PRIVATE_KEY,
    publicKey: PUBLIC_KEY,
    ...opts,
  });
  return {
    emu,
    dataDir,
    close: async () => {
      await emu.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Starts an emulator on a free port with test keys. */
export function start(
  dataDir: string,
  extra: Partial<EmulatorOptions> = {},
): Promise<RunningEmulator> {
  return startEmulator({ dataDir, privateKey: PRIVATE_KEY, publicKey: PUBLIC_KEY, ...extra });
}

/** A small real PNG made by sharp. */
export function png(width = 40, height = 30, colour = '#3366ff'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: colour } })
    .png()
    .toBuffer();
}

/** The Authorization header for a private key (password empty, as ImageKit documents). */
export function basic(key = PRIVATE_KEY): string {
  return `Basic ${Buffer.from(`${key}:`).toString('base64')}`;
}

export interface UploadInput {
  readonly file?: Buffer | string;
  readonly fields?: Readonly<Record<string, string>>;
  readonly auth?: string | null;
}

/** Posts a multipart upload; a Buffer file goes as a binary part, a string as a text field. */
export async function upload(emu: RunningEmulator, input: UploadInput): Promise<Response> {
  const form = new FormData();
  if (typeof input.file === 'string') form.append('file', input.file);
  else if (input.file) form.append('file', new Blob([new Uint8Array(input.file)]), 'upload.bin');
  for (const [name, value] of Object.entries(input.fields ?? {})) form.append(name, value);
  const headers: Record<string, string> = {};
  const auth = input.auth === undefined ? basic() : input.auth;
  if (auth !== null) headers.authorization = auth;
  return fetch(emu.uploadUrl, { method: 'POST', body: form, headers });
}

/** Uploads with Basic auth and returns the parsed success body (fails the test otherwise). */
export async function uploadOk(
  emu: RunningEmulator,
  file: Buffer | string,
  fields: Readonly<Record<string, string>>,
): Promise<Record<string, unknown>> {
  const res = await upload(emu, { file, fields });
  const body = (await res.json()) as Record<string, unknown>;
  if (res.status !== 200) throw new Error(`upload answered ${res.status}: ${JSON.stringify(body)}`);
  return body;
}

/** GETs the list API with Basic auth. */
export async function list(emu: RunningEmulator, query = ''): Promise<Response> {
  return fetch(`${emu.apiUrl}/v1/files${query}`, { headers: { authorization: basic() } });
}

/** Client-side upload fields signed with the test keys, as the team's auth server would. */
export function signedFields(
  token: string,
  expire: number,
  fileName = 'signed.png',
): Record<string, string> {
  return {
    fileName,
    publicKey: PUBLIC_KEY,
    token,
    expire: String(expire),
    signature: signToken(PRIVATE_KEY, token, expire),
  };
}

/** Creates a custom metadata field through the API (POST /v1/customMetadataFields). */
export async function createField(
  emu: RunningEmulator,
  field: Readonly<Record<string, unknown>>,
): Promise<Response> {
  return fetch(`${emu.apiUrl}/v1/customMetadataFields`, {
    method: 'POST',
    headers: { authorization: basic(), 'content-type': 'application/json' },
    body: JSON.stringify(field),
  });
}
