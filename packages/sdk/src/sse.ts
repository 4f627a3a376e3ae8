// Reading `text/event-stream` over a fetch body (EventSource cannot send an Authorization header). The parsing
// itself is eventsource-parser's: the WHATWG rules, with CR, LF and CRLF line ends split anywhere across chunks,
// a leading BOM, and a bound on what a stream that never ends a line may make it buffer.
import { createParser } from '#eventsource-parser';
import type { ParseError } from 'eventsource-parser';

export interface ServerSentEvent {
  /** The event name; `message` when the server gave none. */
  event: string;
  data: string;
  /** The last event id the stream set (it carries over to later events, as in EventSource). */
  id: string | undefined;
  /** The reconnection delay in ms the server last asked for. */
  retry: number | undefined;
}

/**
 * The most a stream may make the parser hold without ending an event, in characters: the gateway's events are a
 * few hundred; a stream past this is broken or hostile, and reading it ends with an error (the watch reconnects).
 */
const MAX_BUFFERED = 256 * 1024;

/** Yields each event of the stream; comments (the gateway's heartbeats) are skipped. */
export async function* readServerSentEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<ServerSentEvent, void, undefined> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const ready: ServerSentEvent[] = [];
  let id: string | undefined;
  let retry: number | undefined;
  let overflow: ParseError | undefined;
  const parser = createParser({
    maxBufferSize: MAX_BUFFERED,
    onId: (value) => (id = value),
    onRetry: (ms) => (retry = ms),
    onEvent: ({ event, data }) => ready.push({ event: event || 'message', data, id, retry }),
    // An unknown field or a bad `retry` is ignored, as EventSource does; only an overflow ends the stream.
    onError: (error) => {
      if (error.type === 'max-buffer-size-exceeded') overflow = error;
    },
  });
  try {
    for (let chunk; !(chunk = await reader.read()).done; ) {
      parser.feed(decoder.decode(chunk.value, { stream: true }));
      if (overflow) throw overflow;
      yield* ready.splice(0);
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}
