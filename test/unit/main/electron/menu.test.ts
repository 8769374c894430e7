import { describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNELS } from '../../../../src/shared/contract';
import type { MenuItemSpec } from '../../../../src/main/core/shell/menu-template';

// Electron's Menu is the one thing mocked: what the wrapper installs and sends is what is tested.
let installed: MenuItemSpec[] = [];
vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (template: MenuItemSpec[]) => template,
    setApplicationMenu: (menu: MenuItemSpec[]) => void (installed = menu),
  },
}));

const { setupMenu } = await import('../../../../src/main/electron/menu');

function item(label: string): MenuItemSpec {
  const all = (menu: readonly MenuItemSpec[]): MenuItemSpec[] =>
    menu.flatMap((m) => [m, ...all(m.submenu ?? [])]);
  const found = all(installed).find((m) => m.label === label);
  if (!found) throw new Error(`No menu item "${label}".`);
  return found;
}

describe('setupMenu', () => {
  it('sends commands to the window, unless it is gone, and opens Help links', async () => {
    const sent: Array<[string, unknown]> = [];
    let destroyed = false;
    const win = {
      isDestroyed: () => destroyed,
      webContents: {
        send: (channel: string, payload: unknown) => void sent.push([channel, payload]),
      },
    };
    const opened: string[] = [];
    const logged: string[] = [];
    setupMenu(
      win as never,
      'Uploader',
      async (url) => {
        opened.push(url);
        if (url.includes('dashboard')) throw new Error('no browser');
      },
      (line) => logged.push(line),
    );
    item('Add Folder…').click?.();
    expect(sent).toEqual([[EVENT_CHANNELS.menu, 'add-folder']]);
    destroyed = true;
    item('Add Images…').click?.();
    expect(sent).toHaveLength(1);

    item('ImageKit Documentation').click?.();
    item('Find Your API Keys').click?.();
    await new Promise((r) => setTimeout(r, 0));
    expect(opened).toHaveLength(2);
    // A link that cannot open is logged, never thrown into the menu.
    expect(logged).toEqual([
      expect.stringMatching(/could not open https:\/\/imagekit\.io\/dashboard/),
    ]);
  });
});
