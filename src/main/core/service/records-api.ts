/**
 * The parts of the renderer's API that read and change what was uploaded before: History, its
 * export, the Library of files on ImageKit, and links opened from them.
 */
import type {
  HistoryEntry,
  HistoryExportRequest,
  HistoryExportResult,
  HistoryPage,
  HistoryQuery,
} from '../../../shared/history';
import type { LibraryPage, LibraryQuery } from '../../../shared/library';
import * as history from '../history/history-queries';
import * as library from '../library/browse';
import { isAllowedExternalUrl } from '../shell/links';
import type { ServiceParts } from './upload-service';
import type { AltText } from '../../../shared/alt';
import type { CustomFieldsView } from '../../../shared/custom-metadata';
import type { JobId } from '../../../shared/jobs';
import { setHistoryAlt, setRowsAlt } from './alt-text';

export abstract class RecordsApi {
  constructor(protected readonly parts: ServiceParts) {}

  async openExternal(url: string): Promise<void> {
    if (!isAllowedExternalUrl(url, this.parts.session.settings.connection.urlEndpoint)) return;
    await this.parts.platform.openExternal(url);
  }

  async queryHistory(query: HistoryQuery): Promise<HistoryPage> {
    return history.queryHistory(this.parts.history, query);
  }

  async removeFromHistory(ids: readonly number[]): Promise<number> {
    return history.removeFromHistory(this.parts.history, ids);
  }

  async exportHistory(request: HistoryExportRequest): Promise<HistoryExportResult> {
    const { responsiveWidths } = this.parts.session.settings.upload;
    return history.exportHistory(
      this.parts.history,
      this.parts.platform,
      request,
      Date.now(),
      responsiveWidths,
    );
  }

  async listLibrary(query: LibraryQuery): Promise<LibraryPage> {
    const client = this.parts.session.libraryClient();
    return library.listLibrary(client, this.parts.session.settings.upload.folder, query);
  }

  async setHistoryAlt(id: number, alt: AltText | null): Promise<HistoryEntry> {
    return setHistoryAlt(this.parts, id, alt);
  }

  async setAltText(ids: readonly JobId[], alt: AltText | null): Promise<number> {
    return setRowsAlt(this.parts, ids, alt);
  }

  /** The account's custom metadata fields, for the destination chooser's form. */
  async listCustomFields(): Promise<CustomFieldsView> {
    return this.parts.customFields.view();
  }

  async deleteLibraryFile(fileId: string): Promise<void> {
    return library.deleteLibraryFile(this.parts.session.libraryClient(), fileId);
  }
}
