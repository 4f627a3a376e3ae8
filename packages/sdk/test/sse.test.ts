// The event-stream parser: fields, multi-line data, ids that carry over, retry, comments, line ends of every kind
// (CR, LF, CRLF) split anywhere across chunks, and a bound on what a broken stream can make it hold.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readServerSentEvents, type ServerSentEvent } from '../src/sse.ts';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function parse(chunks: string[]): Promise<ServerSentEvent[]> {
  const events: ServerSentEvent[] = [];
  for await (const event of readServerSentEvents(streamOf(chunks))) events.push(event);
  return events;
}

const gatewayStream =
  'retry: 3000\n\n' +
  ': heartbeat\n\n' +
  'id: 41\nevent: status\ndata: {"sequence":41,"status":"submitted"}\n\n' +
  ': heartbeat\n\n' +
  'id: 42\nevent: status\ndata: {"sequence":42,"status":"verifying"}\n\n';

describe('readServerSentEvents', () => {
  it('reads the gateway’s stream: retry, heartbeats, ids and status events', async () => {
    assert.deepEqual(await parse([gatewayStream]), [
      { event: 'status', data: '{"sequence":41,"status":"submitted"}', id: '41', retry: 3000 },
      { event: 'status', data: '{"sequence":42,"status":"verifying"}', id: '42', retry: 3000 },
    ]);
  });

  it('gives the same events however the bytes are split into chunks', async () => {
    const whole = await parse([gatewayStream]);
    for (let size = 1; size <= 7; size++) {
      const chunks: string[] = [];
      for (let i = 0; i < gatewayStream.length; i += size) chunks.push(gatewayStream.slice(i, i + size));
      assert.deepEqual(await parse(chunks), whole, `chunks of ${size}`);
    }
  });

  it('handles CRLF (also split between chunks), multi-line data, default names and spacing', async () => {
    const events = await parse(['data: first\r', '\ndata:  second line\r\n', 'data\r\n\r\n', 'event:tick\ndata:x\n\n']);
    assert.deepEqual(events, [
      { event: 'message', data: 'first\n second line\n', id: undefined, retry: undefined },
      { event: 'tick', data: 'x', id: undefined, retry: undefined },
    ]);
  });

  it('keeps the last id for later events, ignores unknown fields and a bad retry, drops an unfinished event', async () => {
    const events = await parse(['id: 7\nretry: soon\nfoo: bar\ndata: a\n\n', 'data: b\n\n', 'data: never ends']);
    assert.deepEqual(events, [
      { event: 'message', data: 'a', id: '7', retry: undefined },
      { event: 'message', data: 'b', id: '7', retry: undefined },
    ]);
  });

  it('decodes UTF-8 split inside a character', async () => {
    const bytes = new TextEncoder().encode('data: Selesai ✓ — Kota Kediri\n\n');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(Uint8Array.of(byte));
        controller.close();
      },
    });
    const events: ServerSentEvent[] = [];
    for await (const event of readServerSentEvents(stream)) events.push(event);
    assert.equal(events[0]?.data, 'Selesai ✓ — Kota Kediri');
  });

  it('reads CR, LF and CRLF line ends alike, mixed in one stream and split anywhere across chunks', async () => {
    // The same three events, once with each line end, then with all three mixed (a bare CR ends a line too).
    const lines = [': heartbeat', 'retry: 2500', '', 'id: 1', 'event: status', 'data: {"sequence":1}', '', 'data: satu', 'data: dua', '', 'id: 3', 'data: tiga', ''];
    const expected: ServerSentEvent[] = [
      { event: 'status', data: '{"sequence":1}', id: '1', retry: 2500 },
      { event: 'message', data: 'satu\ndua', id: '1', retry: 2500 },
      { event: 'message', data: 'tiga', id: '3', retry: 2500 },
    ];
    const ends = ['\r', '\n', '\r\n'];
    const streams = [
      ...ends.map((end) => lines.map((line) => line + end).join('')),
      lines.map((line, i) => line + ends[i % 3]).join(''),
      lines.map((line, i) => line + ends[(i + 2) % 3]).join(''),
    ];
    for (const stream of streams) {
      const label = JSON.stringify(stream.slice(0, 40));
      assert.deepEqual(await parse([stream]), expected, `whole: ${label}`);
      for (let size = 1; size <= 5; size++) {
        const chunks: string[] = [];
        for (let i = 0; i < stream.length; i += size) chunks.push(stream.slice(i, i + size));
        assert.deepEqual(await parse(chunks), expected, `chunks of ${size}: ${label}`);
      }
      // Every single split point, so each CR lands at the end of a chunk once (a CRLF pair across two chunks).
      for (let at = 1; at < stream.length; at++) {
        assert.deepEqual(await parse([stream.slice(0, at), stream.slice(at)]), expected, `split at ${at}: ${label}`);
      }
    }
  });

  it('treats a CR then an LF in the next chunk as one line end, not as an empty line that ends the event', async () => {
    assert.deepEqual(await parse(['data: a\r', '\ndata: b\r', '\n\r', '\n']), [{ event: 'message', data: 'a\nb', id: undefined, retry: undefined }]);
  });

  it('ends with an error when a stream never ends a line (a broken or hostile server), instead of buffering it all', async () => {
    const endless = `data: ${'x'.repeat(64 * 1024)}`;
    await assert.rejects(parse(['data: ok\n\n', ...Array.from({ length: 8 }, () => endless)]), /buffer/i);
  });
});
