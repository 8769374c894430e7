import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { API_METHODS, EVENT_CHANNELS, channelFor } from '../../shared/contract';
import type { JobsUpdate } from '../../shared/jobs';
import { callApi } from '../core/api/method-args';
import { CALL_ERRORS } from '../core/common/errors';
import { LibraryError } from '../core/library/browse';
import type { UploadService } from '../core/service/upload-service';
import { isTrustedSender } from '../core/shell/trust';
import { InvalidInputError } from '../core/common/validate';

/** Rejects calls from anything but our own window's top frame at our own origin. */
function assertTrustedSender(
  event: IpcMainInvokeEvent,
  win: BrowserWindow,
  isTrustedUrl: (url: string) => boolean,
): void {
  const frame = event.senderFrame;
  const facts = {
    fromOurWindow: !win.isDestroyed() && event.sender === win.webContents,
    fromTopFrame: !win.isDestroyed() && frame !== null && frame === win.webContents.mainFrame,
    frameUrl: frame?.url ?? null,
  };
  if (!isTrustedSender(facts, isTrustedUrl)) {
    throw new Error(CALL_ERRORS.untrustedSender);
  }
}

/**
 * The only place that touches ipcMain: one handler per contract method, each checking its
 * sender and validating its arguments before the service sees them.
 */
export function setupIpc(
  service: UploadService,
  win: BrowserWindow,
  isTrustedUrl: (url: string) => boolean,
  log: (line: string) => void,
): () => void {
  for (const method of API_METHODS) {
    ipcMain.handle(channelFor(method), async (event, ...args: unknown[]) => {
      assertTrustedSender(event, win, isTrustedUrl);
      try {
        return await callApi(service, method, args);
      } catch (err) {
        // Only the message crosses IPC; the cause stays in main.
        if (err instanceof InvalidInputError || err instanceof LibraryError) {
          throw new Error(err.message, { cause: err });
        }
        log(`${method} failed: ${err instanceof Error ? err.message : String(err)}`);
        throw new Error(CALL_ERRORS.failed, { cause: err });
      }
    });
  }
  const send = (update: JobsUpdate): void => {
    if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNELS.jobs, update);
  };
  const unsubscribe = service.onJobs(send);
  const unwatch = service.onWatch((status) => {
    if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNELS.watch, status);
  });
  return () => {
    unsubscribe();
    unwatch();
    for (const method of API_METHODS) ipcMain.removeHandler(channelFor(method));
  };
}
