// The gateway is derived from openapi/padu.yaml: every operation is a route under the servers' base path, with a
// handler checked at start; the generated operations table agrees with the document.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { operations } from '@padu/contract';
import { loadContract } from '../src/contract/document.ts';
import { checkHandlers, fastifyPath } from '../src/contract/registrar.ts';
import { createHandlers } from '../src/routes/index.ts';
import { startTestGateway, type TestGateway } from './helpers/harness.ts';

describe('contract-first routing', () => {
  let t: TestGateway;
  const contract = loadContract();
  before(async () => {
    t = await startTestGateway({ seedDemo: false });
  });
  after(() => t.close());

  it('reads the base path from servers[] and agrees with the generated operations table', () => {
    assert.equal(contract.basePath, '/api/v1');
    assert.deepEqual(
      contract.operations.map((op) => [op.operationId, op.method, op.path, op.authenticated]).sort(),
      Object.entries(operations).map(([id, op]) => [id, op.method, op.path, op.authenticated]).sort(),
    );
  });

  it('registers every operation as a route', () => {
    for (const op of contract.operations) {
      assert.ok(t.gateway.app.hasRoute({ method: op.method as 'GET', url: fastifyPath(contract.basePath, op.path) }), op.operationId);
    }
  });

  it('refuses to start when a handler is missing or unknown', () => {
    const handlers = createHandlers(t.gateway.context);
    assert.doesNotThrow(() => checkHandlers(contract, handlers));
    const { trackApplication: _, ...missing } = handlers;
    assert.throws(() => checkHandlers(contract, missing), /Missing: trackApplication\./);
    assert.throws(() => checkHandlers(contract, { ...handlers, deleteEverything: async () => ({ status: 200 }) } as never), /Not in the contract: deleteEverything/);
  });

  it('reports an unreachable database as 503 with Retry-After', async () => {
    const other = await startTestGateway({ seedDemo: false });
    try {
      await other.gateway.context.db.destroy();
      const res = await other.api.call('getHealth');
      assert.equal(res.status, 503);
      assert.equal(res.headers.get('retry-after'), '30');
      assert.equal(res.body.code, 'unavailable');
    } finally {
      await other.close();
    }
  });

  it('serves the API under the base path only', async () => {
    const outside = await fetch(`${t.gateway.origin}/health`);
    assert.equal(outside.status, 404);
    assert.equal((await t.api.call('getHealth')).status, 200);
    assert.equal(t.gateway.url, `${t.gateway.origin}/api/v1`);
  });
});
