// Health and the contract itself.
import type { PaduCore } from '../client.ts';
import type { Health, RequestOptions } from '../types.ts';

export interface MetaResource {
  /**
   * Check that the gateway and its database are up
   *
   * `GET /health` (`getHealth`).
   */
  health(options?: RequestOptions): Promise<Health>;

  /**
   * Get this contract
   *
   * `GET /openapi.yaml` (`getContract`). Resolves with the OpenAPI document as YAML text.
   */
  contract(options?: RequestOptions): Promise<string>;
}

export function metaResource({ call, send }: PaduCore): MetaResource {
  return {
    health: (options) => call({ path: 'health', ...options }),
    contract: async (options) => (await send({ path: 'openapi.yaml', ...options })).text(),
  };
}
