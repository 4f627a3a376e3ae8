// Live status of one application. While the page is visible: a fetch-based SSE stream (with the access token and
// `Last-Event-ID` resume), reconnecting with backoff. When streaming keeps failing: polling with `If-None-Match`
// and backoff. While the page is hidden: nothing at all, until it is visible again. The loop that does it is
// follow.ts, imported with a watch's first event.
import type { Transport } from './transport.ts';
import type { ApplicationStatus } from './types.ts';

export interface StatusEvent {
  sequence: number;
  status: ApplicationStatus;
}

/**
 * Where a watch reads: the resource at `path`, whose snapshot has a `history` and whose event stream is at
 * `path/events`. follow.ts streams and polls it, so that this part stays small for pages that never watch.
 */
export interface WatchSource<E extends StatusEvent> {
  send: Transport['send'];
  path: string;
  auth: boolean;
  /** Turns a history entry of the snapshot into the event the stream would have sent. */
  toEvent(change: unknown, snapshot: unknown): E;
}

/** The source of a resource at `path` (see {@link WatchSource}), typed by its snapshot and history entries. */
export const historySource = <Snapshot extends { history: Change[] }, Change, E extends StatusEvent>(
  send: Transport['send'],
  path: string,
  auth: boolean,
  toEvent: (change: Change, snapshot: Snapshot) => E,
): WatchSource<E> => ({ send, path, auth, toEvent });

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

/**
 * What a watch and its loop share: whether it is closed, and the phase in flight (a connection, a poll or a wait),
 * aborted to make the loop look again.
 */
export interface WatchState {
  closed: boolean;
  phase: AbortController;
}

export function watchStatus<E extends StatusEvent>(source: WatchSource<E>, options: WatchOptions = {}): StatusWatch<E> {
  const state: WatchState = { closed: false, phase: new AbortController() };
  const close = () => {
    state.closed = true;
    state.phase.abort();
    void watch.return();
  };

  // The loop (streaming with eventsource-parser, polling, backoff) is imported when the consumer first asks for an
  // event: bundles split it off, so a page that never watches a status does not download it.
  async function* run(): AsyncGenerator<E, void, undefined> {
    const { follow } = await import('./follow.ts');
    yield* follow(source, options, state);
  }

  const watch: StatusWatch<E> = Object.assign(run(), {
    close,
    unsubscribe: close,
    // With the loop, which it needs anyway: a page that never waits for a status does not download it. The
    // timeout counts from the call.
    async waitFor(status: ApplicationStatus | readonly ApplicationStatus[], { signal, timeout = 2 ** 31 - 1 }: WaitForOptions = {}) {
      const deadline = AbortSignal.timeout(timeout);
      return (await import('./follow.ts')).waitFor(watch, status, signal, deadline);
    },
  });
  options.signal?.addEventListener('abort', close);
  if (options.signal?.aborted) close();
  return watch;
}
