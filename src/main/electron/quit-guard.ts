import { app, dialog, type BrowserWindow } from 'electron';
import type { QuitQuestion } from '../core/shell/quit';

export interface QuitGuardOptions {
  /** What to ask before quitting, or null to quit at once. */
  question(): Promise<QuitQuestion | null>;
  /** Stops the workers and lets the service write what it holds; runs once, before exit. */
  shutdown(): Promise<void>;
  log(line: string): void;
}

/**
 * Every way out (closing the window, Cmd+Q, the menu, the OS) goes through one flow: ask when
 * files are still uploading, then shut the service down cleanly, then really quit.
 */
export function setupQuitGuard(win: BrowserWindow, opts: QuitGuardOptions): void {
  let phase: 'running' | 'asking' | 'stopping' | 'done' = 'running';

  const requestQuit = async (): Promise<void> => {
    if (phase !== 'running') return;
    phase = 'asking';
    const question = await opts.question().catch(() => null);
    if (question && !win.isDestroyed()) {
      const { response } = await dialog.showMessageBox(win, {
        type: 'question',
        message: question.message,
        detail: question.detail,
        buttons: [question.keep, question.quit],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      });
      if (response !== 1) {
        phase = 'running';
        return;
      }
    }
    phase = 'stopping';
    try {
      await opts.shutdown();
    } catch (err) {
      opts.log(`shutdown failed: ${String(err)}`);
    }
    phase = 'done';
    app.quit();
  };

  win.on('close', (event) => {
    if (phase === 'done') return;
    event.preventDefault();
    void requestQuit();
  });
  app.on('before-quit', (event) => {
    if (phase === 'done') return;
    event.preventDefault();
    void requestQuit();
  });
}
