import { afterEach, beforeEach } from 'vitest';
import type { FileUploadInput } from '../../src/main/core/imagekit';
import type { ScriptedServer } from './scripted-server';
import { startScriptedServer } from './scripted-server';

/** Starts a scripted server before each test, hands it to `bind`, and closes it after the test. */
export function useScriptedServer(bind: (server: ScriptedServer) => void): void {
  let current: ScriptedServer | undefined;
  beforeEach(async () => {
    current = await startScriptedServer();
    bind(current);
  });
  afterEach(async () => {
    await current?.close();
  });
}

/** A file ready to upload with a webp main variant and a png thumbnail of the given bytes. */
export function uploadInput(
  source: Pick<FileUploadInput, 'sourceName' | 'sourceHash' | 'folder'>,
  main: Uint8Array,
  thumb: Uint8Array,
): FileUploadInput {
  return {
    ...source,
    tags: [],
    variants: {
      main: { variant: 'main', data: main, format: 'webp' },
      thumb: { variant: 'thumb', data: thumb, format: 'png' },
    },
  };
}
