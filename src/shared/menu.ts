/**
 * What the application menu asks the page to do. Main only forwards the choice: the page runs
 * the same action as its own button, so the destination chooser and notices behave alike.
 */
export const MENU_COMMANDS = [
  'add-files',
  'add-folder',
  'settings',
  'show-uploads',
  'show-history',
  'show-library',
  'shortcuts',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Whether a value pushed over IPC is one of the commands (the page checks what it is told). */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
