import { Notification, type BrowserWindow } from 'electron';
import { basename } from 'node:path';
import type { BatchSummary } from '../../shared/jobs';
import { strings } from '../../shared/strings';
import type { WatchReport } from '../../shared/watch';

/**
 * Mirrors batch progress on the taskbar / Dock icon, and when a batch ends while the window is
 * in the background, says how it went (unless `said` answers that a watch folder just did).
 */
export function setupProgress(
  win: BrowserWindow,
  said: () => boolean = () => false,
): (summary: BatchSummary) => void {
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
    const ended = wasActive && !summary.active;
    if (ended && !win.isFocused() && !said() && Notification.isSupported()) {
      const done = summary.counts.done;
      const body = strings.nativeDialogs.batchFinishedBody(done, failed);
      new Notification({ title: strings.nativeDialogs.batchFinished, body }).show();
    }
    wasActive = summary.active;
  };
}

/**
 * Says how many files a watch folder uploaded once all it added have finished; answers whether
 * it said so within the last second (the batch-finished notice then stays quiet).
 */
export function setupWatchNotices(): {
  show(report: WatchReport): void;
  saidJustNow(): boolean;
} {
  let saidAt = -Infinity;
  return {
    show(report) {
      saidAt = Date.now();
      if (!Notification.isSupported()) return;
      const { uploaded, skipped, failed } = report;
      new Notification({
        title: strings.watch.notificationTitle(basename(report.path)),
        body: strings.watch.notificationBody(uploaded, skipped, failed),
      }).show();
    },
    saidJustNow: () => Date.now() - saidAt < 1000,
  };
}
