// Public tracking by code: trackApplication (ETag / If-None-Match) and streamTrackingEvents.
import type { Handlers } from '../contract/handlers.ts';
import type { GatewayContext } from '../context.ts';
import { notFound } from '../http/problems.ts';
import { ifNoneMatchHits } from '../http/etag.ts';
import { streamStatusChanges } from './status-stream.ts';

type TrackingHandlers = Pick<Handlers, 'trackApplication' | 'streamTrackingEvents'>;

export function trackingHandlers(ctx: GatewayContext): TrackingHandlers {
  const { tracking } = ctx;

  return {
    async trackApplication({ params, headers }) {
      const representation = await tracking.representation(params.trackingCode);
      if (!representation) throw notFound();
      const cacheHeaders = { etag: representation.etag, 'cache-control': 'no-cache' };
      if (ifNoneMatchHits(headers['If-None-Match'], representation.etag)) return { status: 304, headers: cacheHeaders };
      return { status: 200, headers: cacheHeaders, body: representation.json };
    },

    async streamTrackingEvents(call) {
      const found = await tracking.find(call.params.trackingCode);
      if (!found) throw notFound();
      // Public: no note, no OPD, only the role that made the change.
      return streamStatusChanges(ctx, call, found, (event) => ({
        sequence: event.sequence,
        trackingCode: event.trackingCode,
        status: event.status,
        at: event.at,
        actorRole: event.actor.role,
      }));
    },
  };
}
