import { describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNELS, type UploaderBridge } from '../../../src/shared/contract';

// Only Electron's own APIs are stood in for: what the preload hands the page is what is tested.
const handlers = new Map<string, (event: unknown, payload: unknown) => void>();
let exposed: UploaderBridge | null = null;
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (_name: string, api: UploaderBridge) => void (exposed = api),
  },
  ipcRenderer: {
    invoke: vi.fn(),
    on: (channel: string, handler: (event: unknown, payload: unknown) => void) =>
      void handlers.set(channel, handler),
    removeListener: (channel: string) => void handlers.delete(channel),
  },
  webUtils: { getPathForFile: () => '' },
}));

await import('../../../src/preload/index');
const bridge = exposed as unknown as UploaderBridge;

describe('menu commands reach the page', () => {
  it('passes on known commands only, and stops when asked', () => {
    const heard: string[] = [];
    const stop = bridge.onMenu((command) => heard.push(command));
    const push = handlers.get(EVENT_CHANNELS.menu);
    expect(push).toBeDefined();
    push?.({}, 'add-folder');
    push?.({}, 'settings');
    push?.({}, 'format-disk');
    push?.({}, { command: 'add-files' });
    expect(heard).toEqual(['add-folder', 'settings']);
    stop();
    expect(handlers.has(EVENT_CHANNELS.menu)).toBe(false);
  });
});
