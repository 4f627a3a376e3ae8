// Public, anonymous tracking by tracking code: no personal data, no login.
import type { PaduCore } from '../client.ts';
import type { PublicStatusChange, PublicStatusEvent, PublicTracking, RequestOptions } from '../types.ts';
import { eventsMethod, historySource, watchStatus, type EventsOptions, type StatusWatch, type WatchOptions } from '../watch.ts';
import { getMethod, pathOf } from './methods.ts';

export interface TrackingResource {
  /**
   * Track an application by its tracking code
   *
   * `GET /tracking/{trackingCode}` (`trackApplication`). Any letter case; nothing personal in the answer.
   */
  get(trackingCode: string, options?: RequestOptions): Promise<PublicTracking>;

  /**
   * Follow a tracking code's status changes live
   *
   * `GET /tracking/{trackingCode}/events` (`streamTrackingEvents`), resumed after `lastEventId`: the same as
   * `watch(trackingCode, { since: lastEventId })`, so it reconnects (and polls) when it has to.
   */
  events(trackingCode: string, options?: EventsOptions): StatusWatch<PublicStatusEvent>;

  /**
   * Watches a tracking code's status: the history first (after `since`), then each change live. Streams while
   * the page is visible, polls with `If-None-Match` when streaming fails, does nothing while the page is hidden.
   * Iterate it, or `waitFor` a status; `close()` it.
   */
  watch(trackingCode: string, options?: WatchOptions): StatusWatch<PublicStatusEvent>;
}

const PATH = 'tracking';

export function trackingResource(core: PaduCore): TrackingResource {
  const watch = (trackingCode: string, options?: WatchOptions) =>
    watchStatus(
      historySource(core.send, pathOf(PATH, trackingCode), false, (change: PublicStatusChange, tracking: PublicTracking) => ({
        ...change,
        trackingCode: tracking.trackingCode,
      })),
      options,
    );
  return {
    get: getMethod<'trackApplication'>(core, PATH),
    events: eventsMethod(watch),
    watch,
  };
}
