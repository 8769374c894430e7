import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { UploaderBridge } from '../../../src/shared/contract';

// Only Electron's own APIs are stood in for: what the preload sends over IPC is what is tested.
const invoked: Array<{ channel: string; args: unknown[] }> = [];
let exposed: UploaderBridge | null = null;
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (_name: string, api: UploaderBridge) => void (exposed = api),
  },
  ipcRenderer: {
    invoke: async (channel: string, ...args: unknown[]) => void invoked.push({ channel, args }),
    on: vi.fn(),
    removeListener: vi.fn(),
  },
  // Electron gives a path only for files from the OS; a File the page made has none.
  webUtils: {
    getPathForFile: (file: File) => (file.name.startsWith('os-') ? `C:\\in\\${file.name}` : ''),
  },
}));

await import('../../../src/preload/index');
const bridge = exposed as unknown as UploaderBridge;

describe('the preload marks drops itself', () => {
  beforeEach(() => void invoked.splice(0));

  it('marks paths Electron gave for dropped files, once', async () => {
    const paths = [
      bridge.pathForFile(new File([''], 'os-a.jpg')),
      bridge.pathForFile(new File([''], 'os-b.jpg')),
    ];
    await bridge.addPaths(paths);
    expect(invoked).toEqual([{ channel: 'uploader:addPaths', args: [paths, 'drop'] }]);
    await bridge.addPaths(paths);
    expect(invoked[1]).toEqual({ channel: 'uploader:addPaths', args: [paths] });
  });

  it('ignores a mark the page tries to add, and paths Electron never gave', async () => {
    await bridge.addPaths(['\\\\attacker\\share\\a.jpg'], 'drop');
    const given = bridge.pathForFile(new File([''], 'os-c.jpg'));
    expect(bridge.pathForFile(new File([''], 'made-by-page.jpg'))).toBe('');
    await bridge.addPaths([given, '\\\\attacker\\share\\b.jpg']);
    expect(invoked.map((i) => i.args)).toEqual([
      [['\\\\attacker\\share\\a.jpg']],
      [[given, '\\\\attacker\\share\\b.jpg']],
    ]);
  });
});
