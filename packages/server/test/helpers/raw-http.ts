// HTTP/1.1 over a bare TCP socket, for requests no HTTP client would send: control characters in headers,
// broken chunked encoding, raw non-ASCII bytes in the request line, a header of 20 KB.
import { connect, type Socket } from 'node:net';

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON when the content type says JSON, else undefined. */
  body: any;
}

/** How a connection ended, as the client saw it. */
export type Ending = 'open' | 'closed' | 'reset';

const HEADER_END = Buffer.from('\r\n\r\n');

/** One client connection: write bytes, read responses one by one, see how the server ends it. */
export class RawConnection {
  readonly #socket: Socket;
  #buffer = Buffer.alloc(0);
  #ending: Ending = 'open';
  #error: Error | undefined;
  #wake: (() => void) | undefined;

  private constructor(socket: Socket) {
    this.#socket = socket;
    socket.on('data', (chunk: Buffer) => {
      this.#buffer = Buffer.concat([this.#buffer, chunk]);
      this.#wake?.();
    });
    // A FIN from the server: the clean close `Connection: close` announces.
    socket.on('end', () => {
      if (this.#ending === 'open') this.#ending = 'closed';
      this.#wake?.();
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      this.#error = error;
      this.#ending = 'reset';
      this.#wake?.();
    });
    socket.on('close', () => {
      if (this.#ending === 'open') this.#ending = 'closed';
      this.#wake?.();
    });
  }

  static open(origin: string): Promise<RawConnection> {
    const { hostname, port } = new URL(origin);
    return new Promise((resolve, reject) => {
      const socket = connect({ host: hostname, port: Number(port) }, () => resolve(new RawConnection(socket)));
      socket.once('error', reject);
    });
  }

  get ending(): Ending {
    return this.#ending;
  }

  get error(): Error | undefined {
    return this.#error;
  }

  /** Bytes received and not (yet) read as a response. */
  get unread(): Buffer {
    return this.#buffer;
  }

  /** Writes bytes as they are; a write the server refuses (it closed) is not an error here. */
  send(bytes: string | Uint8Array): void {
    if (this.#socket.writable) this.#socket.write(bytes);
  }

  async #until(ready: () => boolean, timeoutMs: number, what: string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!ready()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.#wake = undefined;
    }
  }

  /** Reads the next complete response (Content-Length or chunked framing; none for a response to HEAD). */
  async response(timeoutMs = 5_000, { head = false } = {}): Promise<RawResponse> {
    let parsed: { response: RawResponse; length: number } | null = null;
    await this.#until(
      () => (parsed = parseResponse(this.#buffer, head)) !== null || this.#ending !== 'open',
      timeoutMs,
      'a response',
    );
    parsed ??= parseResponse(this.#buffer, head);
    if (!parsed) {
      throw new Error(`connection ${this.#ending} before a full response (${this.#error?.message ?? 'no error'}): ${this.#buffer.toString('latin1').slice(0, 300)}`);
    }
    const { response, length } = parsed;
    this.#buffer = this.#buffer.subarray(length);
    return response;
  }

  /** Waits until the server has ended the connection (or the time is up) and says how. */
  async ended(timeoutMs = 2_000): Promise<Ending> {
    await this.#until(() => this.#ending !== 'open', timeoutMs, 'the end of the connection').catch(() => undefined);
    return this.#ending;
  }

  close(): void {
    this.#socket.destroy();
  }
}

function parseResponse(buffer: Buffer, head: boolean): { response: RawResponse; length: number } | null {
  const headerEnd = buffer.indexOf(HEADER_END);
  if (headerEnd < 0) return null;
  const [statusLine = '', ...lines] = buffer.subarray(0, headerEnd).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? NaN);
  const headers = new Headers();
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  let offset = headerEnd + HEADER_END.length;
  let body: Buffer;
  if (head || status === 204 || status === 304) {
    body = Buffer.alloc(0);
  } else if (headers.get('transfer-encoding')?.toLowerCase() === 'chunked') {
    const chunks: Buffer[] = [];
    for (;;) {
      const lineEnd = buffer.indexOf('\r\n', offset);
      if (lineEnd < 0) return null;
      const size = parseInt(buffer.subarray(offset, lineEnd).toString('latin1'), 16);
      if (buffer.length < lineEnd + 2 + size + 2) return null;
      chunks.push(buffer.subarray(lineEnd + 2, lineEnd + 2 + size));
      offset = lineEnd + 2 + size + 2;
      if (size === 0) break;
    }
    body = Buffer.concat(chunks);
  } else {
    const length = Number(headers.get('content-length') ?? 0);
    if (buffer.length < offset + length) return null;
    body = buffer.subarray(offset, offset + length);
    offset += length;
  }
  const text = body.toString('utf8');
  const json = /json/.test(headers.get('content-type') ?? '') && text ? JSON.parse(text) : undefined;
  return { response: { status, headers, text, body: json }, length: offset };
}

/** A request head (and body) as bytes, from lines joined with CRLF; `host` is filled in from the origin. */
export function rawRequest(origin: string, requestLine: string | Buffer, headers: (string | Buffer)[] = [], body: string | Buffer = ''): Buffer {
  const crlf = Buffer.from('\r\n');
  const parts: Buffer[] = [Buffer.from(requestLine), crlf, Buffer.from(`Host: ${new URL(origin).host}`), crlf];
  for (const header of headers) parts.push(Buffer.from(header), crlf);
  parts.push(crlf, Buffer.from(body));
  return Buffer.concat(parts);
}
