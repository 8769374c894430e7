import busboy from 'busboy';
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { ApiError } from './http-reply';
import type { Uplink } from './uplink';

export interface UploadedPart {
  readonly bytes: Buffer;
  /** The part's filename (FormData sends "blob" for a nameless Blob). */
  readonly filename: string;
}

export interface ParsedForm {
  /** Text fields; a repeated name keeps its last value. */
  readonly fields: ReadonlyMap<string, string>;
  /** The binary `file` part, when the file came as one. */
  readonly file?: UploadedPart;
}

/** Thrown when the client went away mid-body: there is nobody left to answer. */
export class ClientGoneError extends Error {
  constructor() {
    super('The client closed the connection before the request body was complete.');
    this.name = 'ClientGoneError';
  }
}

/** The 4xx for a file over the size limit (the live API's wording is not public). */
export function tooLargeError(maxBytes: number): ApiError {
  const mb = Math.round((maxBytes / (1024 * 1024)) * 10) / 10;
  return new ApiError(
    400,
    `Your request contains a file larger than the maximum upload size of ${mb} MB.`,
  );
}

/**
 * Reads a multipart (or urlencoded) upload body completely, even past the size limit, so the
 * client always gets an answer instead of a broken pipe. With an `uplink`, the body arrives at
 * the pace that link allows.
 */
export function readForm(
  req: IncomingMessage,
  maxFileBytes: number,
  uplink: Uplink | null = null,
): Promise<ParsedForm> {
  return new Promise((resolve, reject) => {
    const fields = new Map<string, string>();
    let file: UploadedPart | undefined;
    let tooLarge = false;
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: {
          fileSize: maxFileBytes,
          // A base64 `file` field is 4/3 of the bytes, plus room for a data-URI prefix.
          fieldSize: Math.ceil(maxFileBytes / 3) * 4 + 1024,
          fields: 200,
          files: 4,
        },
      });
    } catch {
      // Not a form at all: read and drop the body; the caller reports the missing fields.
      req.resume();
      req.once('end', () => resolve({ fields }));
      req.once('error', () => reject(new ClientGoneError()));
      return;
    }
    parser.on('field', (name, value, info) => {
      if (info.valueTruncated) tooLarge = true;
      fields.set(name, value);
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file') {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => {
        tooLarge = true;
      });
      stream.on('end', () => {
        file = { bytes: Buffer.concat(chunks), filename: info.filename ?? '' };
      });
    });
    parser.on('close', () => {
      if (tooLarge) reject(tooLargeError(maxFileBytes));
      else resolve(file ? { fields, file } : { fields });
    });
    const paced = uplink?.pace() ?? null;
    const body: Readable = paced ? req.pipe(paced) : req;
    parser.on('error', () => {
      body.unpipe(parser);
      if (paced) req.unpipe(paced);
      req.resume();
      reject(new ApiError(400, 'Your request body could not be read as multipart/form-data.'));
    });
    req.on('close', () => {
      if (!req.complete) reject(new ClientGoneError());
    });
    body.pipe(parser);
  });
}
