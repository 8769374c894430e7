import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ApiError, MESSAGES } from './http-reply';
import type { FileRecord } from './index-file';
import type { ImageInfo } from './types';
import type { UploadFields } from './upload-fields';

/** What update file details may change; each part given replaces that part. */
export interface DetailsChange {
  readonly description?: string;
  readonly tags?: readonly string[];
  readonly customMetadata?: Readonly<Record<string, unknown>>;
}

/** What an upload asks the library to store: its validated fields plus what the bytes are. */
export type PutRequest = Omit<UploadFields, 'responseFields'> & { readonly info: ImageInfo };

const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** The media library: file records in memory, bytes on disk under dataDir/files/<filePath>. */
export class FileStore {
  private readonly byPath = new Map<string, FileRecord>();
  private lock: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataDir: string,
    records: readonly FileRecord[],
  ) {
    for (const record of records) this.byPath.set(record.filePath, record);
  }

  /** Every current file, oldest first. */
  all(): readonly FileRecord[] {
    return [...this.byPath.values()];
  }

  /** The file at an exact path such as /folder/name.webp. */
  get(filePath: string): FileRecord | undefined {
    return this.byPath.get(filePath);
  }

  /** Where a file's bytes live on disk. */
  diskPath(filePath: string): string {
    return join(this.dataDir, 'files', ...filePath.split('/').filter(Boolean));
  }

  /**
   * Stores a file. One put at a time, so the name check, the bytes on disk and the record
   * always agree even when many uploads race for the same name.
   */
  put(request: PutRequest): Promise<FileRecord> {
    const run = this.lock.then(() => this.putNow(request));
    this.lock = run.catch(() => undefined);
    return run;
  }

  /**
   * Deletes the file with this id and its bytes; resolves with its record, or undefined when no
   * file has that id. Runs in the same queue as puts, so a delete never races an upload.
   */
  remove(fileId: string): Promise<FileRecord | undefined> {
    const run = this.lock.then(() => this.removeNow(fileId));
    this.lock = run.catch(() => undefined);
    return run;
  }

  /**
   * Changes a file's details (update file details): `change` replaces what it names. Resolves
   * with the new record, or undefined when no file has that id. Queued with puts and deletes.
   */
  update(fileId: string, change: DetailsChange): Promise<FileRecord | undefined> {
    const run = this.lock.then(() => {
      const record = [...this.byPath.values()].find((r) => r.fileId === fileId);
      if (!record) return undefined;
      const { description, ...rest } = record;
      const next: FileRecord = {
        ...rest,
        ...(change.tags !== undefined ? { tags: change.tags } : {}),
        ...(change.customMetadata !== undefined ? { customMetadata: change.customMetadata } : {}),
        ...(change.description !== undefined
          ? change.description
            ? { description: change.description }
            : {}
          : description
            ? { description }
            : {}),
        updatedAt: new Date().toISOString(),
      };
      this.byPath.set(record.filePath, next);
      return next;
    });
    this.lock = run.catch(() => undefined);
    return run;
  }

  private async removeNow(fileId: string): Promise<FileRecord | undefined> {
    const record = [...this.byPath.values()].find((r) => r.fileId === fileId);
    if (!record) return undefined;
    this.byPath.delete(record.filePath);
    await rm(this.diskPath(record.filePath), { force: true });
    return record;
  }

  private async putNow(request: PutRequest): Promise<FileRecord> {
    const name = request.useUniqueFileName
      ? this.uniqueName(request.folder, request.fileName)
      : request.fileName;
    const filePath = request.folder + name;
    const existing = this.byPath.get(filePath);
    if (existing && !request.overwriteFile) throw new ApiError(400, MESSAGES.fileExists);
    await this.writeBytes(filePath, request.bytes);
    const record = buildRecord(request, name, filePath, existing);
    // Re-inserting moves an overwritten file to the end, matching its new updatedAt.
    this.byPath.delete(filePath);
    this.byPath.set(filePath, record);
    return record;
  }

  private uniqueName(folder: string, fileName: string): string {
    const dot = fileName.lastIndexOf('.');
    const base = dot > 0 ? fileName.slice(0, dot) : fileName;
    const ext = dot > 0 ? fileName.slice(dot) : '';
    for (;;) {
      const candidate = `${base}_${randomSuffix(9)}${ext}`;
      if (!this.byPath.has(folder + candidate)) return candidate;
    }
  }

  private async writeBytes(filePath: string, bytes: Buffer): Promise<void> {
    const target = this.diskPath(filePath);
    const tempDir = join(this.dataDir, 'tmp');
    await mkdir(tempDir, { recursive: true });
    await mkdir(dirname(target), { recursive: true });
    const temp = join(tempDir, `${randomBytes(8).toString('hex')}.part`);
    await writeFile(temp, bytes);
    await rename(temp, target);
  }
}

function buildRecord(
  request: PutRequest,
  name: string,
  filePath: string,
  existing: FileRecord | undefined,
): FileRecord {
  const now = new Date().toISOString();
  const versionId = objectId();
  const keptTags = existing && !request.overwriteTags ? existing.tags : [];
  const keptMetadata = existing && !request.overwriteCustomMetadata ? existing.customMetadata : {};
  return {
    fileId: existing?.fileId ?? versionId,
    name,
    filePath,
    size: request.bytes.length,
    ...request.info,
    tags: request.tags ?? keptTags,
    isPrivateFile: request.isPrivateFile,
    customCoordinates: request.customCoordinates ?? null,
    customMetadata: request.customMetadata ?? keptMetadata,
    ...(request.description ? { description: request.description } : {}),
    versionInfo: { id: versionId, name: `Version ${versionNumber(existing) + 1}` },
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
}

function versionNumber(existing: FileRecord | undefined): number {
  if (!existing) return 0;
  return Number(/(\d+)$/.exec(existing.versionInfo.name)?.[1] ?? 1);
}

/** 24 hex characters, the shape of ImageKit's file and version ids. */
function objectId(): string {
  return randomBytes(12).toString('hex');
}

function randomSuffix(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += SUFFIX_ALPHABET[byte % SUFFIX_ALPHABET.length];
  return out;
}
