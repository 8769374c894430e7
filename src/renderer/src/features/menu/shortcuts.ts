/** The keyboard shortcuts the app offers, grouped as the Keyboard Shortcuts dialog shows them. */
import { strings } from '../../../../shared/strings';

const t = strings.shortcuts;
export interface Shortcut {
  /** Keys joined with +; "Mod" is Cmd on macOS and Ctrl elsewhere. */
  readonly keys: readonly string[];
  readonly does: string;
}

export interface ShortcutGroup {
  readonly title: string;
  readonly shortcuts: readonly Shortcut[];
}

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    title: t.groups.adding,
    shortcuts: [
      { keys: ['Mod+O'], does: t.addImages },
      { keys: ['Mod+Shift+O'], does: t.addFolder },
      { keys: ['Mod+V'], does: t.paste },
    ],
  },
  {
    title: t.groups.moving,
    shortcuts: [
      { keys: ['Mod+1'], does: t.uploads },
      { keys: ['Mod+2'], does: t.history },
      { keys: ['Mod+3'], does: t.library },
      { keys: ['Mod+,'], does: t.settings },
      { keys: ['?', 'Mod+/'], does: t.shortcuts },
      { keys: ['Esc'], does: t.closeDialog },
    ],
  },
  {
    title: t.groups.list,
    shortcuts: [
      { keys: ['↑', '↓'], does: t.move },
      { keys: ['Shift+↑', 'Shift+↓'], does: t.extend },
      { keys: ['Home', 'End'], does: t.ends },
      { keys: ['PageUp', 'PageDown'], does: t.page },
      { keys: ['Mod+↑', 'Mod+↓'], does: t.focusOnly },
      { keys: ['Space'], does: t.toggle },
      { keys: ['Mod+A'], does: t.selectAll },
      { keys: ['Mod+C'], does: t.copy },
      { keys: ['Delete'], does: t.remove },
      { keys: ['Tab'], does: t.buttons },
      { keys: ['Esc'], does: t.clear },
    ],
  },
  {
    title: t.groups.history,
    shortcuts: [
      { keys: ['↑', '↓'], does: t.historyMove },
      { keys: ['Space'], does: t.historyTick },
      { keys: ['Shift+Space'], does: t.historyRange },
      { keys: ['Mod+C'], does: t.historyCopy },
      { keys: ['Delete'], does: t.historyRemove },
    ],
  },
];

/** A key combination as this platform writes it: ⌘ on macOS, Ctrl elsewhere. */
export function keyLabel(keys: string, mac: boolean): string {
  return keys
    .split('+')
    .map((k) => (k === 'Mod' ? (mac ? '⌘' : 'Ctrl') : k === 'Shift' && mac ? '⇧' : k))
    .join(mac ? '' : '+');
}
