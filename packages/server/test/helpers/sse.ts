// Reads a text/event-stream over fetch and hands out its events one by one.
import assert from 'node:assert/strict';
import { assertSchema } from './contract-checker.ts';

export interface SseEvent {
  id?: string;
  event?: string;
  data?: string;
}

export interface EventStreamReader {
  status: number;
  headers: Headers;
  /** Everything received so far, as text. */
  text(): string;
  comments: string[];
  /** The next `status` event (waits up to `timeoutMs`). */
  next(timeoutMs?: number): Promise<SseEvent>;
  close(): Promise<void>;
}

export async function readEventStream(url: string, headers: Record<string, string> = {}): Promise<EventStreamReader> {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: controller.signal });
  const events: SseEvent[] = [];
  const waiters: ((event: SseEvent) => void)[] = [];
  const comments: string[] = [];
  let raw = '';
  let buffer = '';
  const decoder = new TextDecoder();

  const pump = (async () => {
    if (!response.body) return;
    try {
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        const text = decoder.decode(value, { stream: true });
        raw += text;
        buffer += text;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event: SseEvent = {};
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) comments.push(line.slice(1).trim());
            else if (line.startsWith('id: ')) event.id = line.slice(4);
            else if (line.startsWith('event: ')) event.event = line.slice(7);
            else if (line.startsWith('data: ')) event.data = line.slice(6);
          }
          if (event.event === 'status') {
            const waiter = waiters.shift();
            if (waiter) waiter(event);
            else events.push(event);
          }
        }
      }
    } catch {
      // aborted by close()
    }
  })();

  return {
    status: response.status,
    headers: response.headers,
    text: () => raw,
    comments,
    next(timeoutMs = 3000) {
      const ready = events.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms; received:\n${raw}`)), timeoutMs);
        waiters.push((event) => {
          clearTimeout(timer);
          resolve(event);
        });
      });
    },
    async close() {
      controller.abort();
      await pump;
      assertSchema('EventStream', raw.slice(0, raw.lastIndexOf('\n\n') + 2));
    },
  };
}

/** Parses a status event's data and checks it against the named contract schema. */
export function eventData<T = any>(event: SseEvent, schema: 'ApplicationStatusEvent' | 'PublicStatusEvent'): T {
  assert.equal(event.event, 'status');
  assert.ok(event.data, 'event without data');
  const data = JSON.parse(event.data) as T;
  assertSchema(schema, data);
  assert.equal(String((data as { sequence: number }).sequence), event.id, 'id is the sequence');
  return data;
}
