import { Notification, type BrowserWindow } from 'electron';
import type { BatchSummary } from '../../shared/jobs';
import { strings } from '../../shared/strings';

/**
 * Mirrors batch progress on the taskbar / Dock icon, and when a batch ends while the window is
 * in the background, says how it went.
 */
export function setupProgress(win: BrowserWindow): (summary: BatchSummary) => void {
  let wasActive = false;
  return (summary) => {
    if (win.isDestroyed()) return;
    const failed = summary.counts.failed;
    if (summary.active) {
      const held = summary.paused || summary.offline !== null;
      win.setProgressBar(summary.progress, {
        mode: failed > 0 ? 'error' : held ? 'paused' : 'normal',
      });
    } else {
      win.setProgressBar(-1);
    }
    if (wasActive && !summary.active && !win.isFocused() && Notification.isSupported()) {
      const done = summary.counts.done;
      const body = strings.nativeDialogs.batchFinishedBody(done, failed);
      new Notification({ title: strings.nativeDialogs.batchFinished, body }).show();
    }
    wasActive = summary.active;
  };
}
