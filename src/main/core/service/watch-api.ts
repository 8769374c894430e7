/**
 * The watch-folder part of the renderer's API: the list in Settings, the offer of images that
 * were already there, and where each watch stands.
 */
import type { SettingsView } from '../../../shared/settings';
import type { WatchFolderChange, WatchReport, WatchStatus } from '../../../shared/watch';
import { RecordsApi } from './records-api';
import type { ServiceParts } from './upload-service';

/** The settings as the page sees them, with where the local servers and the watches stand. */
export function settingsView(parts: ServiceParts): SettingsView {
  return parts.session.view(parts.picgo.status(), parts.testServer.status(), parts.watch.status());
}

export abstract class WatchApi extends RecordsApi {
  /** Start watching the folders Settings has on; call once at start-up (the CLI does not). */
  startWatching(): Promise<void> {
    return this.parts.watch.start();
  }

  async addWatchFolder(): Promise<SettingsView> {
    await this.parts.watch.addFromPicker();
    return settingsView(this.parts);
  }

  async updateWatchFolder(path: string, change: WatchFolderChange): Promise<SettingsView> {
    await this.parts.watch.change(path, change);
    return settingsView(this.parts);
  }

  async removeWatchFolder(path: string): Promise<SettingsView> {
    await this.parts.watch.remove(path);
    return settingsView(this.parts);
  }

  async answerWatchOffer(path: string, upload: boolean): Promise<number> {
    return this.parts.watch.answer(path, upload);
  }

  /** Listen for changes in where the watch folders stand. */
  onWatch(listener: (status: readonly WatchStatus[]) => void): () => void {
    return this.parts.watch.onStatus(listener);
  }

  /** Listen for watches whose files have all finished (for a notification). */
  onWatchReport(listener: (report: WatchReport) => void): () => void {
    return this.parts.watch.onReport(listener);
  }
}
