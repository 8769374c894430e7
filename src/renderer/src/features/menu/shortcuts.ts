/** The keyboard shortcuts the app offers, grouped as the Keyboard Shortcuts dialog shows them. */
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
    title: 'Adding files',
    shortcuts: [
      { keys: ['Mod+O'], does: 'Add images…' },
      { keys: ['Mod+Shift+O'], does: 'Add a folder…' },
      { keys: ['Mod+V'], does: 'Add the image or image files on the clipboard' },
    ],
  },
  {
    title: 'Moving around',
    shortcuts: [
      { keys: ['Mod+1'], does: 'Uploads' },
      { keys: ['Mod+2'], does: 'History' },
      { keys: ['Mod+3'], does: 'Library' },
      { keys: ['Mod+,'], does: 'Settings' },
      { keys: ['?', 'Mod+/'], does: 'This list of shortcuts' },
      { keys: ['Esc'], does: 'Close a dialog or the settings' },
    ],
  },
  {
    title: 'In the Uploads list',
    shortcuts: [
      { keys: ['↑', '↓'], does: 'Select the row above or below' },
      { keys: ['Shift+↑', 'Shift+↓'], does: 'Select more rows' },
      { keys: ['Home', 'End'], does: 'Go to the first or last row' },
      { keys: ['PageUp', 'PageDown'], does: 'Go a screen up or down' },
      { keys: ['Mod+↑', 'Mod+↓'], does: 'Move without changing the selection' },
      { keys: ['Space'], does: 'Select or deselect the row' },
      { keys: ['Mod+A'], does: 'Select every row shown' },
      { keys: ['Mod+C'], does: 'Copy the links of the selected files' },
      { keys: ['Delete'], does: 'Remove the selected finished rows from the list' },
      { keys: ['Tab'], does: "Go to the row's buttons (Retry, Copy link, Open…)" },
      { keys: ['Esc'], does: 'Clear the selection' },
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
