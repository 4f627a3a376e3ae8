// getHealth (checks the database) and getContract (the YAML the gateway validates with, byte for byte).
import { sql } from 'kysely';
import type { Handlers } from '../contract/handlers.ts';
import type { GatewayContext } from '../context.ts';
import { problem } from '../http/problems.ts';

type MetaHandlers = Pick<Handlers, 'getHealth' | 'getContract'>;

export function metaHandlers({ db, contract }: GatewayContext): MetaHandlers {
  const version = contract.document.info.version;
  return {
    async getHealth() {
      try {
        await sql`select 1`.execute(db);
      } catch {
        throw problem('unavailable', { retryAfter: 30, detail: 'Basis data tidak dapat dihubungi.' });
      }
      return { status: 200, body: { status: 'ok', version, database: 'ok', time: new Date().toISOString() } };
    },

    async getContract() {
      return { status: 200, headers: { 'cache-control': 'no-cache' }, body: contract.text };
    },
  };
}
