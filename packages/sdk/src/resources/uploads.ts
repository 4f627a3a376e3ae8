// Documents attached to applications, with upload progress.
import type { PaduCore } from '../client.ts';
import { progressOptions, type ProgressListener } from '../upload.ts';
import type { RequestOptions, Upload } from '../types.ts';
import { pathOf } from './methods.ts';

export interface UploadOptions extends RequestOptions {
  /** The name to store; default: the File's name, else `upload`. */
  fileName?: string;
  /** Called as the file is sent: at the start, as XMLHttpRequest reports progress (in browsers), and at the end. */
  onProgress?: ProgressListener;
}

export interface UploadsResource {
  /**
   * Upload a document
   *
   * `POST /uploads` (`createUpload`). Takes a File, a Blob or bytes (a Uint8Array or Buffer); the gateway checks
   * the type from the content. Put the returned `id` in the application's answers.
   */
  create(file: Blob | Uint8Array, options?: UploadOptions): Promise<Upload>;

  /**
   * Download an uploaded document
   *
   * `GET /uploads/{uploadId}` (`getUploadContent`). Resolves with its content as a Blob (the upload's
   * `fileName` and `mimeType` are in the application's `attachments`).
   */
  download(uploadId: string, options?: RequestOptions): Promise<Blob>;
}

const DEFAULT_UPLOAD_TIMEOUT = 300_000;

export function uploadsResource({ call, send, options: client }: PaduCore): UploadsResource {
  return {
    async create(file, { fileName, onProgress, ...options } = {}) {
      const blob = file instanceof Blob ? file : new Blob([file as Uint8Array<ArrayBuffer>]);
      const body = new FormData();
      body.append('file', blob, fileName ?? (file as File).name ?? 'upload');
      onProgress?.({ loaded: 0, total: blob.size });
      const upload = await call<Upload>({
        method: 'POST',
        path: 'uploads',
        auth: true,
        body,
        timeout: client.uploadTimeout ?? DEFAULT_UPLOAD_TIMEOUT,
        ...progressOptions(body, blob.size, onProgress, !!client.fetch),
        ...options,
      });
      onProgress?.({ loaded: blob.size, total: blob.size });
      return upload;
    },
    download: async (uploadId, options) =>
      (await send({ path: pathOf('uploads', uploadId), auth: true, ...options })).blob(),
  };
}
