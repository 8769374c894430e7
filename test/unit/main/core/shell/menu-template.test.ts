import { describe, expect, it } from 'vitest';
import {
  HELP_LINKS,
  contextMenuTemplate,
  menuTemplate,
  type ContextFacts,
  type MenuItemSpec,
} from '../../../../../src/main/core/shell/menu-template';
import { isAllowedExternalUrl } from '../../../../../src/main/core/shell/links';
import { MENU_COMMANDS, type MenuCommand } from '../../../../../src/shared/menu';

const NAME = 'Batch Uploader for ImageKit';

function build(platform: NodeJS.Platform) {
  const sent: MenuCommand[] = [];
  const opened: string[] = [];
  const menu = menuTemplate(platform, NAME, {
    send: (c) => sent.push(c),
    openLink: (u) => opened.push(u),
  });
  return { menu, sent, opened };
}

/** Every item, depth first. */
function items(menu: readonly MenuItemSpec[]): MenuItemSpec[] {
  return menu.flatMap((m) => [m, ...items(m.submenu ?? [])]);
}

const top = (menu: readonly MenuItemSpec[]) => menu.map((m) => m.label ?? m.role);
const find = (menu: readonly MenuItemSpec[], label: string) =>
  items(menu).find((m) => m.label === label);

describe('the application menu', () => {
  it('follows each platform: the app menu on macOS, access keys elsewhere', () => {
    expect(top(build('darwin').menu)).toEqual([NAME, 'File', 'Edit', 'View', 'windowMenu', 'Help']);
    expect(top(build('win32').menu)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
    expect(top(build('linux').menu)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
    const mac = build('darwin').menu;
    const appMenu = mac[0]?.submenu ?? [];
    expect(appMenu.map((m) => m.role ?? m.label)).toEqual(
      expect.arrayContaining(['about', 'Settings…', 'services', 'hide', 'quit']),
    );
    // Settings is in the app menu on macOS and in File elsewhere, never twice.
    expect(items(mac).filter((m) => m.accelerator === 'CmdOrCtrl+,')).toHaveLength(1);
    expect(mac[1]?.submenu?.some((m) => m.label?.startsWith('Settings'))).toBe(false);
    const win = build('win32').menu;
    expect(win[0]?.submenu?.some((m) => m.label === 'Settings')).toBe(true);
    expect(items(win).find((m) => m.role === 'quit')?.label).toBe('Exit');
    expect(items(build('linux').menu).find((m) => m.role === 'quit')?.label).toBe('Quit');
  });

  it('has the File shortcuts, and Edit pastes through the built-in role', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const { menu } = build(platform);
      expect(find(menu, 'Add Images…')?.accelerator).toBe('CmdOrCtrl+O');
      expect(find(menu, 'Add Folder…')?.accelerator).toBe('CmdOrCtrl+Shift+O');
      const edit = menu.find((m) => m.label?.endsWith('Edit'));
      expect(edit?.submenu?.map((m) => m.role).filter(Boolean)).toEqual(
        expect.arrayContaining(['copy', 'paste', 'cut', 'selectAll', 'undo']),
      );
    }
  });

  it('reaches every page command, and no two items share a shortcut', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const { menu, sent } = build(platform);
      for (const item of items(menu)) item.click?.();
      expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS));
      const accelerators = items(menu).flatMap((m) => (m.accelerator ? [m.accelerator] : []));
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
  });

  it('opens only Help links the external-link allowlist admits', () => {
    const { menu, opened } = build('linux');
    const help = menu.find((m) => m.label === '&Help');
    for (const item of help?.submenu ?? []) item.click?.();
    expect(opened).toEqual(Object.values(HELP_LINKS));
    for (const url of opened) expect(isAllowedExternalUrl(url, '')).toBe(true);
  });
});

describe('the right-click menu', () => {
  const facts = (over: Partial<ContextFacts>, flags: Partial<ContextFacts['editFlags']> = {}) => ({
    isEditable: false,
    selectionText: '',
    ...over,
    editFlags: { canCut: false, canCopy: false, canPaste: false, canSelectAll: false, ...flags },
  });
  const roles = (menu: MenuItemSpec[]) => menu.map((m) => m.role ?? m.type);

  it('edits text boxes with what can act now', () => {
    const all = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
    expect(roles(contextMenuTemplate(facts({ isEditable: true }, all)))).toEqual([
      'cut',
      'copy',
      'paste',
      'separator',
      'selectAll',
    ]);
    // An empty box: nothing to cut or copy.
    expect(
      roles(
        contextMenuTemplate(facts({ isEditable: true }, { canPaste: true, canSelectAll: true })),
      ),
    ).toEqual(['paste', 'separator', 'selectAll']);
  });

  it('copies selected text elsewhere, and shows nothing on plain page', () => {
    expect(
      roles(contextMenuTemplate(facts({ selectionText: 'a.webp' }, { canCopy: true }))),
    ).toEqual(['copy']);
    expect(contextMenuTemplate(facts({ selectionText: '  ' }, { canCopy: true }))).toEqual([]);
    expect(contextMenuTemplate(facts({}))).toEqual([]);
  });
});
