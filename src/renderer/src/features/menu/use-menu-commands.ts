import { useEffect } from 'react';
import { assertNever } from '../../../../shared/assert';
import type { MenuCommand } from '../../../../shared/menu';
import { pick } from '../../store/jobs/actions';
import { openSettings, openShortcuts, showView } from '../../store/ui/actions';
import { listenToMenu } from '../../store/sync';

/** Carry out an application-menu choice with the same action as the page's own controls. */
export function runMenuCommand(command: MenuCommand): void {
  switch (command) {
    case 'add-files':
      void pick('files');
      return;
    case 'add-folder':
      void pick('folder');
      return;
    case 'settings':
      openSettings(true);
      return;
    case 'show-uploads':
      showView('uploads');
      return;
    case 'show-history':
      showView('history');
      return;
    case 'show-library':
      showView('library');
      return;
    case 'shortcuts':
      openShortcuts(true);
      return;
    default:
      assertNever(command);
  }
}

/** Listen to the application menu for as long as the app is mounted. */
export function useMenuCommands(): void {
  useEffect(() => listenToMenu(runMenuCommand), []);
}
