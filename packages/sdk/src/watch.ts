// Live status of one application. While the page is visible: a fetch-based SSE stream (with the access token and
// `Last-Event-ID` resume), reconnecting with backoff. When streaming keeps failing: polling with `If-None-Match`
// and backoff. While the page is hidden: nothing at all, until it is visible again.
import { isRefusal, TimeoutError } from './errors.ts';
import type { Transport } from './transport.ts';
import type { ApplicationStatus } from './types.ts';

export interface StatusEvent {
  sequence: number;
  status: ApplicationStatus;
}

/** What a watch needs from a resource: a stream to open and a snapshot to poll. */
export interface WatchSource<E extends StatusEvent> {
  /** Opens the event stream, replaying every change after `lastEventId`. */
  stream(lastEventId: number, signal: AbortSignal): Promise<Response>;
  /** Fetches the current history unless it still has `etag`; `events` is absent when it has not changed. */
  poll(etag: string | undefined, signal: AbortSignal): Promise<{ etag?: string | undefined; events?: E[] }>;
}

/**
 * The source for a resource at `path` whose snapshot has a `history` and whose stream is at `path/events`:
 * `toEvent` turns a history entry into the event the stream would have sent.
 */
export function historySource<Snapshot extends { history: Change[] }, Change, E extends StatusEvent>(
  send: Transport['send'],
  path: string,
  auth: boolean,
  toEvent: (change: Change, snapshot: Snapshot) => E,
): WatchSource<E> {
  return {
    stream: (lastEventId, signal) =>
      // The watch reconnects with its own backoff, so the connection itself is not retried.
      send({ path: `${path}/events`, auth, headers: { 'last-event-id': `${lastEventId}` }, signal, retry: false }),
    async poll(etag, signal) {
      const response = await send({
        path,
        auth,
        headers: { 'if-none-match': etag },
        signal,
        throwHttpErrors: (status) => status !== 304,
      });
      if (response.status === 304) return { etag };
      const snapshot = (await response.json()) as Snapshot;
      return {
        etag: response.headers.get('etag') ?? undefined,
        events: snapshot.history.map((change) => toEvent(change, snapshot)),
      };
    },
  };
}

export interface WatchOptions {
  /** Stops the watch. */
  signal?: AbortSignal;
  /** Only changes after this sequence number (an event's `sequence`); default 0: the whole history first. */
  since?: number;
  /** `poll` skips streaming. Default `sse`, which falls back to polling when streaming keeps failing. */
  transport?: 'sse' | 'poll';
  /** The first polling interval in ms; it doubles while nothing changes, up to `maxPollInterval`. Default 2 000. */
  pollInterval?: number;
  /** The longest wait between two polls, and between two tries after failures, in ms. Default 60 000. */
  maxPollInterval?: number;
}

export interface EventsOptions extends Omit<WatchOptions, 'since'> {
  /** Resume after this event id (an event's `sequence`); every later change is replayed first. */
  lastEventId?: number;
}

/** The `events(id, { lastEventId })` method of a resource: its `watch`, resumed after `lastEventId`. */
export const eventsMethod =
  <E extends StatusEvent>(watch: (id: string, options?: WatchOptions) => StatusWatch<E>) =>
  (id: string, { lastEventId: since, ...options }: EventsOptions = {}) =>
    watch(id, { since, ...options });

export interface WaitForOptions {
  signal?: AbortSignal;
  /** Rejects with a `TimeoutError` after this many ms. */
  timeout?: number;
}

/**
 * The status events of one application, history first, then live, as an async generator: iterate it with
 * `for await` (leaving the loop closes the watch), or wait for a status with `waitFor`. It has one consumer, and
 * starts working when that consumer first asks for an event.
 */
export interface StatusWatch<E extends StatusEvent> extends AsyncGenerator<E, void, undefined> {
  /**
   * Resolves with the first event (history included) in this status (or one of these); the watch closes then.
   * Rejects when the watch fails or closes first, on abort, or on timeout (`TimeoutError`).
   */
  waitFor(status: ApplicationStatus | readonly ApplicationStatus[], options?: WaitForOptions): Promise<E>;
  /** Stops streaming and polling; the iteration ends. */
  close(): void;
  /** The same as `close()`. */
  unsubscribe(): void;
}

const STREAM_FAILURES_BEFORE_POLLING = 3;

/** Resolves after `ms`, or as soon as `signal` aborts. */
const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => resolve(clearTimeout(timer)));
  });

export function watchStatus<E extends StatusEvent>(source: WatchSource<E>, options: WatchOptions = {}): StatusWatch<E> {
  const { pollInterval = 2_000, maxPollInterval = 60_000, transport = 'sse' } = options;
  const doc = globalThis.document as Document | undefined;
  // One phase per connection, poll or wait; aborted when the page is hidden or shown, or the watch closes:
  // whatever is in flight stops, and the loop decides what next.
  let phase = new AbortController();
  let closed = false;
  let lastSequence = options.since ?? 0;

  // Hidden: stop what is in flight. Shown again: end the wait. Either way the loop looks again.
  const onVisibilityChange = () => phase.abort();
  const close = () => {
    closed = true;
    phase.abort();
    void watch.return();
  };
  /** Whether `event` is news (the stream replays, a poll repeats the history); if so it is now the last one. */
  const isNew = (event: E) => event.sequence > lastSequence && !!(lastSequence = event.sequence);

  async function* run(): AsyncGenerator<E, void, undefined> {
    let mode = transport;
    let failures = 0;
    let etag: string | undefined;
    let delay = pollInterval;
    doc?.addEventListener('visibilitychange', onVisibilityChange);
    try {
      while (!closed) {
        phase = new AbortController();
        const { signal } = phase;
        if (doc?.hidden) {
          // Nothing while hidden: wait until the page is shown again (or the watch closes), then stream again.
          await sleep(2 ** 31 - 1, signal);
          mode = transport;
          continue;
        }
        try {
          if (mode === 'sse') {
            // The stream reader (with eventsource-parser) is imported while the stream opens, the first time a
            // watch streams: bundles split it off, so pages that never watch do not download it. A failed import
            // counts as a failed stream.
            const reader = import('./sse.ts');
            reader.catch(() => {}); // handled below, once the stream is open
            const response = await source.stream(lastSequence, signal);
            const { readServerSentEvents } = await reader.catch(async (error: unknown) => {
              await response.body?.cancel();
              throw error;
            });
            failures = 0;
            delay = 1_000; // when the server ends the stream, unless it asks for another `retry`
            for await (const message of readServerSentEvents(response.body!)) {
              delay = message.retry ?? delay;
              const event = message.event === 'status' && (JSON.parse(message.data) as E);
              if (event && isNew(event)) yield event;
            }
          } else {
            const before = lastSequence;
            const result = await source.poll(etag, signal);
            failures = 0;
            etag = result.etag;
            for (const event of result.events ?? []) if (isNew(event)) yield event;
            // Poll again soon after a change, then less and less often while nothing happens.
            delay = lastSequence > before ? pollInterval : Math.min(delay * 2, maxPollInterval);
          }
        } catch (error) {
          if (signal.aborted) continue;
          if (isRefusal(error)) throw error; // e.g. not found, or logged out for good
          if (++failures >= STREAM_FAILURES_BEFORE_POLLING) mode = 'poll';
          // Exponential backoff with full jitter. (A poll's own 429/503 already waited for its `Retry-After`.)
          delay = Math.random() * Math.min(maxPollInterval, 1_000 * 2 ** failures);
        }
        await sleep(delay, signal);
      }
    } finally {
      closed = true;
      doc?.removeEventListener('visibilitychange', onVisibilityChange);
    }
  }

  const watch: StatusWatch<E> = Object.assign(run(), {
    close,
    unsubscribe: close,
    async waitFor(status: ApplicationStatus | readonly ApplicationStatus[], { signal, timeout = 2 ** 31 - 1 }: WaitForOptions = {}) {
      const deadline = AbortSignal.timeout(timeout);
      AbortSignal.any(signal ? [signal, deadline] : [deadline]).addEventListener('abort', close);
      for await (const event of watch) if ([status].flat().includes(event.status)) return event;
      throw signal?.aborted
        ? signal.reason
        : deadline.aborted
          ? new TimeoutError(`No ${status} in time`)
          : new DOMException('Closed', 'AbortError');
    },
  });
  options.signal?.addEventListener('abort', close);
  if (options.signal?.aborted) close();
  return watch;
}
