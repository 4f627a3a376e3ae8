// Public tracking by code: trackApplication (ETag / If-None-Match) and streamTrackingEvents.
import type { Handlers } from '../contract/handlers.ts';
import type { GatewayContext } from '../context.ts';
import { notFound } from '../http/problems.ts';
import { ifNoneMatchHits } from '../http/etag.ts';
import { openEventStream } from '../sse/stream.ts';

type TrackingHandlers = Pick<Handlers, 'trackApplication' | 'streamTrackingEvents'>;

export function trackingHandlers(ctx: GatewayContext): TrackingHandlers {
  const { tracking, applications } = ctx;

  return {
    async trackApplication({ params, headers }) {
      const representation = await tracking.representation(params.trackingCode);
      if (!representation) throw notFound();
      const cacheHeaders = { etag: representation.etag, 'cache-control': 'no-cache' };
      if (ifNoneMatchHits(headers['If-None-Match'], representation.etag)) return { status: 304, headers: cacheHeaders };
      return { status: 200, headers: cacheHeaders, body: representation.json };
    },

    async streamTrackingEvents({ params, headers, request, reply }) {
      const found = await tracking.find(params.trackingCode);
      if (!found) throw notFound();
      const lastEventId = headers['Last-Event-ID'];
      return openEventStream({
        request,
        reply,
        bus: ctx.bus,
        applicationId: found.id,
        after: lastEventId === undefined ? null : Number(lastEventId),
        replay: (after) => applications.changesFor(found, after),
        // Public: no note, no OPD, only the role that made the change.
        present: (event) => ({
          sequence: event.sequence,
          trackingCode: event.trackingCode,
          status: event.status,
          at: event.at,
          actorRole: event.actor.role,
        }),
        heartbeatMs: ctx.config.heartbeatMs,
        open: ctx.openStreams,
      });
    },
  };
}
