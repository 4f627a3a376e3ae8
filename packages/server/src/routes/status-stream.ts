// The two live status streams (the applicant's and the OPD's, and the public one by tracking code) differ only in
// who may open them and what each event shows; the rest of the wiring is here once.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { GatewayContext } from '../context.ts';
import type { StatusChanged } from '../sse/event-bus.ts';
import { openEventStream } from '../sse/stream.ts';

type StreamedApplication = Parameters<GatewayContext['applications']['changesFor']>[0];

interface StreamCall {
  request: FastifyRequest;
  reply: FastifyReply;
  headers: { 'Last-Event-ID'?: string };
}

/** Replays what the client missed after `Last-Event-ID`, then follows the application's changes live. */
export function streamStatusChanges(
  ctx: GatewayContext,
  { request, reply, headers }: StreamCall,
  application: StreamedApplication,
  present: (event: StatusChanged) => unknown,
) {
  const lastEventId = headers['Last-Event-ID'];
  return openEventStream({
    request,
    reply,
    bus: ctx.bus,
    applicationId: application.id,
    after: lastEventId === undefined ? null : Number(lastEventId),
    replay: (after) => ctx.applications.changesFor(application, after),
    present,
    heartbeatMs: ctx.config.heartbeatMs,
    open: ctx.openStreams,
  });
}
