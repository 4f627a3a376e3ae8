// A small parser for `text/event-stream` (the WHATWG "server-sent events" rules) over a fetch body, because
// EventSource cannot send an Authorization header.

export interface ServerSentEvent {
  /** The event name; `message` when the server gave none. */
  event: string;
  data: string;
  /** The last event id the stream set (it carries over to later events, as in EventSource). */
  id: string | undefined;
  /** The reconnection delay in ms the server last asked for. */
  retry: number | undefined;
}

/** Yields each event of the stream; comments (the gateway's heartbeats) are skipped. */
export async function* readServerSentEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<ServerSentEvent, void, undefined> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let data: string[] = [];
  let event = '';
  let id: string | undefined;
  let retry: number | undefined;
  try {
    for (let chunk; !(chunk = await reader.read()).done; ) {
      // A CRLF split across chunks is still one line end: the CR waits in `buffer` with the partial line.
      const lines = (buffer + decoder.decode(chunk.value, { stream: true })).split(/\r?\n/);
      buffer = lines.pop()!;
      for (const line of lines) {
        // `field: value`, `field:value` or a bare `field`; a line starting with `:` is a comment (empty field).
        const [, field, value] = /^([^:]*):? ?(.*)/s.exec(line)! as unknown as [string, string, string];
        if (!line) {
          if (data.length) yield { event: event || 'message', data: data.join('\n'), id, retry };
          data = [];
          event = '';
        } else if (field === 'data') data.push(value);
        else if (field === 'event') event = value;
        else if (field === 'id') id = value;
        else if (field === 'retry' && /^\d+$/.test(value)) retry = +value;
      }
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}
