// Upload progress. fetch cannot report it in browsers (that needs request streams over HTTP/2), so there the upload
// goes through XMLHttpRequest, wrapped as a `fetch` so ky still handles auth, timeouts, aborts and errors.

export interface UploadProgress {
  /** Bytes of the file sent so far. */
  loaded: number;
  /** The file's size in bytes. */
  total: number;
}

export type ProgressListener = (progress: UploadProgress) => void;

/** A `fetch` that sends `body` with XMLHttpRequest and reports how many bytes of it were sent. */
export function xhrFetch(body: FormData, onSent: (bytes: number) => void): typeof fetch {
  return (input) =>
    new Promise((resolve, reject) => {
      const request = input as Request;
      request.signal.throwIfAborted(); // as fetch does
      const xhr = new XMLHttpRequest();
      xhr.open(request.method, request.url);
      // XHR writes its own multipart boundary, so the Request's content-type must not be copied.
      request.headers.forEach((value, name) => name !== 'content-type' && xhr.setRequestHeader(name, value));
      xhr.upload.onprogress = (event) => onSent(event.loaded);
      xhr.onload = () =>
        resolve(
          new Response(xhr.response, {
            status: xhr.status,
            headers: [...xhr.getAllResponseHeaders().matchAll(/^(.+?): (.*)$/gm)].map(([, name, value]): [string, string] => [name!, value!]),
          }),
        );
      // The message ky recognises as a network error, as fetch gives it in Chromium.
      xhr.onerror = () => reject(new TypeError('Failed to fetch'));
      request.signal.addEventListener('abort', () => {
        xhr.abort();
        reject(request.signal.reason);
      });
      xhr.send(body);
    });
}

/**
 * The transport options that report the upload progress of `body`, which holds `size` bytes of file: XHR in
 * browsers. Elsewhere, or with a custom fetch (tests, offline fixtures), progress is only the start and the end.
 */
export function progressOptions(
  body: FormData,
  size: number,
  onProgress: ProgressListener | undefined,
  customFetch: boolean,
): { fetch?: typeof fetch } {
  return onProgress && !customFetch && typeof XMLHttpRequest === 'function'
    ? // The multipart body is a little larger than the file; report in file bytes, which callers know.
      { fetch: xhrFetch(body, (sent) => onProgress({ loaded: Math.min(sent, size), total: size })) }
    : {};
}
