// Server-sent events: `event: status`, `id: <sequence>`, `data: <json>`. A new stream first replays what the
// client missed (from the database, after `Last-Event-ID`), then follows the bus live; events arriving while
// the replay runs are held back and de-duplicated by sequence, so nothing is lost or sent twice.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { STREAMED, type Streamed } from '../contract/handlers.ts';
import type { EventBus, StatusChanged } from './event-bus.ts';

export interface EventStreamOptions {
  request: FastifyRequest;
  reply: FastifyReply;
  bus: EventBus;
  applicationId: string;
  /** The sequence after which to start, from `Last-Event-ID`; null: only the current status, then live. */
  after: number | null;
  /** Changes after a sequence (or only the latest, for null), oldest first, from the database. */
  replay(after: number | null): Promise<StatusChanged[]>;
  /** The event data as this stream's audience may see it. */
  present(event: StatusChanged): unknown;
  heartbeatMs: number;
  /** Open streams, so that closing the gateway can end them. */
  open: Set<() => void>;
}

export async function openEventStream(options: EventStreamOptions): Promise<Streamed> {
  const { request, reply, bus, present } = options;
  const raw = reply.raw;
  reply.hijack();
  raw.writeHead(200, {
    ...(reply.getHeaders() as Record<string, string>),
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    'x-accel-buffering': 'no',
    connection: 'keep-alive',
  });
  // HEAD gets the headers of a GET and no stream: an open stream would hold the connection with nothing to
  // send, and every later request on it would wait behind it.
  if (request.method === 'HEAD') {
    raw.end();
    return STREAMED;
  }

  let lastSent = options.after ?? 0;
  let live = false;
  const held: StatusChanged[] = [];

  const send = (event: StatusChanged) => {
    if (event.sequence <= lastSent) return;
    lastSent = event.sequence;
    raw.write(`id: ${event.sequence}\nevent: status\ndata: ${JSON.stringify(present(event))}\n\n`);
  };
  // Subscribe before reading the database: a change committed in between is then held, not missed.
  const unsubscribe = bus.subscribe(options.applicationId, (event) => (live ? send(event) : held.push(event)));
  raw.write('retry: 3000\n\n');

  const heartbeat = setInterval(() => raw.write(': heartbeat\n\n'), options.heartbeatMs);
  const close = () => {
    clearInterval(heartbeat);
    unsubscribe();
    options.open.delete(close);
    if (!raw.writableEnded) raw.end();
  };
  options.open.add(close);
  // The response's 'close' fires when the client goes away (or we end the stream).
  raw.on('close', close);
  raw.on('error', close);

  try {
    for (const event of await options.replay(options.after)) send(event);
    for (const event of held.sort((a, b) => a.sequence - b.sequence)) send(event);
    held.length = 0;
    live = true;
  } catch (error) {
    request.log.error({ err: error }, 'event stream replay failed');
    close();
  }
  return STREAMED;
}
