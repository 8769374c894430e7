/**
 * Alt text in the service: on rows in the list, and on files already on ImageKit, where it is
 * the file's description (changed through update file details) and the History entry with it.
 */
import { descriptionOf, type AltText } from '../../../shared/alt';
import type { HistoryEntry } from '../../../shared/history';
import type { JobId } from '../../../shared/jobs';
import { strings } from '../../../shared/strings';
import { InvalidInputError } from '../common/validate';
import { LibraryError } from '../library/browse';
import type { LibraryClient } from '../ports';
import type { ServiceParts } from './upload-service';

/** The management API's client, or the sentence that says why alt text cannot change there. */
function client(parts: ServiceParts): LibraryClient {
  try {
    return parts.session.libraryClient();
  } catch (err) {
    if (err instanceof LibraryError) throw new InvalidInputError(strings.alt.needsKey);
    throw err;
  }
}

/** Sets the description of both variants on ImageKit. */
async function describe(
  parts: ServiceParts,
  fileIds: readonly string[],
  alt: AltText | null,
): Promise<void> {
  const api = client(parts);
  for (const fileId of fileIds) {
    const result = await api.updateDescription(fileId, descriptionOf(alt ?? undefined));
    if (!result.ok) throw new LibraryError(result.error);
  }
}

/** Changes an upload's alt text on ImageKit, then in History; answers the entry as it is now. */
export async function setHistoryAlt(
  parts: ServiceParts,
  id: number,
  alt: AltText | null,
): Promise<HistoryEntry> {
  const entry = parts.history?.get([id])[0];
  if (!entry) throw new InvalidInputError(strings.alt.notInHistory);
  await describe(parts, [entry.main.fileId, entry.thumb.fileId], alt);
  const updated = parts.history?.setAlt(id, alt);
  if (!updated) throw new InvalidInputError(strings.alt.notInHistory);
  return updated;
}

/**
 * Sets the alt text of rows in the list. A row still on its way takes it with its upload; a
 * row already uploaded changes on ImageKit and in History too. Answers how many rows changed.
 */
export async function setRowsAlt(
  parts: ServiceParts,
  ids: readonly JobId[],
  alt: AltText | null,
): Promise<number> {
  const uploaded: { fileIds: string[]; filePath: string }[] = [];
  for (const id of ids) {
    const job = parts.store.get(id);
    if (job?.status === 'done') {
      const { main, thumb } = job.uploaded;
      uploaded.push({ fileIds: [main.fileId, thumb.fileId], filePath: main.filePath });
    }
  }
  // Files on ImageKit first: if that is refused, nothing changes anywhere.
  for (const file of uploaded) await describe(parts, file.fileIds, alt);
  let changed = 0;
  for (const id of new Set(ids)) if (parts.store.setAlt(id, alt)) changed += 1;
  const origin = new URL(parts.session.settings.connection.uploadUrl).origin;
  for (const file of uploaded) {
    const folder = file.filePath.slice(0, file.filePath.lastIndexOf('/')) || '/';
    const entry = parts.history?.findStoredAt({ origin, folder, filePath: file.filePath });
    if (entry) parts.history?.setAlt(entry.id, alt);
  }
  return changed;
}
