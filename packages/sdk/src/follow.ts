// The loop of a status watch (watch.ts), imported with its first event: a fetch-based SSE stream read by
// eventsource-parser (with the access token and `Last-Event-ID` resume), reconnecting with backoff; polling with
// `If-None-Match` when streaming keeps failing; nothing while the page is hidden.
import { isRefusal, TimeoutError } from './errors.ts';
import { readServerSentEvents } from './sse.ts';
import type { ApplicationStatus } from './types.ts';
import type { StatusEvent, StatusWatch, WatchOptions, WatchSource, WatchState } from './watch.ts';

const STREAM_FAILURES_BEFORE_POLLING = 3;

/** Opens the event stream of `source`, replaying every change after `lastEventId`. */
const stream = ({ send, path, auth }: WatchSource<StatusEvent>, lastEventId: number, signal: AbortSignal) =>
  // The watch reconnects with its own backoff, so the connection itself is not retried.
  send({ path: `${path}/events`, auth, headers: { 'last-event-id': `${lastEventId}` }, signal, retry: false });

/** Fetches the current history of `source` unless it still has `etag`; `events` is absent when it has not changed. */
async function poll<E extends StatusEvent>(
  { send, path, auth, toEvent }: WatchSource<E>,
  etag: string | undefined,
  signal: AbortSignal,
): Promise<{ etag?: string | undefined; events?: E[] }> {
  const response = await send({ path, auth, headers: { 'if-none-match': etag }, signal, throwHttpErrors: (status) => status !== 304 });
  if (response.status === 304) return { etag };
  const snapshot = (await response.json()) as { history: unknown[] };
  return { etag: response.headers.get('etag') ?? undefined, events: snapshot.history.map((change) => toEvent(change, snapshot)) };
}

/** Resolves after `ms`, or as soon as `signal` aborts. */
const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => resolve(clearTimeout(timer)));
  });

/**
 * The status events of a watch (watch.ts): the stream while the page is visible, polling when streaming keeps
 * failing, nothing while the page is hidden. One phase per connection, poll or wait, aborted when the page is
 * hidden or shown, or the watch closes: whatever is in flight stops, and the loop decides what next.
 */
export async function* follow<E extends StatusEvent>(
  source: WatchSource<E>,
  { pollInterval = 2_000, maxPollInterval = 60_000, transport = 'sse', since = 0 }: WatchOptions,
  state: WatchState,
): AsyncGenerator<E, void, undefined> {
  const doc = globalThis.document as Document | undefined;
  let lastSequence = since;
  // Hidden: stop what is in flight. Shown again: end the wait. Either way the loop looks again.
  const onVisibilityChange = () => state.phase.abort();
  /** Whether `event` is news (the stream replays, a poll repeats the history); if so it is now the last one. */
  const isNew = (event: E) => event.sequence > lastSequence && !!(lastSequence = event.sequence);
  let mode = transport;
  let failures = 0;
  let etag: string | undefined;
  let delay = pollInterval;
  doc?.addEventListener('visibilitychange', onVisibilityChange);
  try {
    while (!state.closed) {
      state.phase = new AbortController();
      const { signal } = state.phase;
      if (doc?.hidden) {
        // Nothing while hidden: wait until the page is shown again (or the watch closes), then stream again.
        await sleep(2 ** 31 - 1, signal);
        mode = transport;
        continue;
      }
      try {
        if (mode === 'sse') {
          const response = await stream(source, lastSequence, signal);
          failures = 0;
          delay = 1_000; // when the server ends the stream, unless it asks for another `retry`
          for await (const message of readServerSentEvents(response.body!)) {
            delay = message.retry ?? delay;
            const event = message.event === 'status' && (JSON.parse(message.data) as E);
            if (event && isNew(event)) yield event;
          }
        } else {
          const before = lastSequence;
          const result = await poll(source, etag, signal);
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
    state.closed = true;
    doc?.removeEventListener('visibilitychange', onVisibilityChange);
  }
}

/**
 * `waitFor` of a watch (watch.ts): its first event in `status`, then the watch closes; or it closes on `signal`
 * or at `deadline` (which may have come while this module loaded).
 */
export async function waitFor<E extends StatusEvent>(
  watch: StatusWatch<E>,
  status: ApplicationStatus | readonly ApplicationStatus[],
  signal: AbortSignal | undefined,
  deadline: AbortSignal,
): Promise<E> {
  const stop = AbortSignal.any(signal ? [signal, deadline] : [deadline]);
  if (stop.aborted) watch.close();
  else stop.addEventListener('abort', () => watch.close());
  for await (const event of watch) if ([status].flat().includes(event.status)) return event;
  throw signal?.aborted
    ? signal.reason
    : deadline.aborted
      ? new TimeoutError(`No ${status} in time`)
      : new DOMException('Closed', 'AbortError');
}
