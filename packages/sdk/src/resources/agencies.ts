// The OPDs (city agencies) that deliver services.
import type { PaduCore } from '../client.ts';
import type { PageList } from '../pagination.ts';
import type { Agency, AgencyQuery, RequestOptions } from '../types.ts';
import { getMethod, listMethod } from './methods.ts';

export interface AgenciesResource {
  /**
   * List the OPDs
   *
   * `GET /agencies` (`listAgencies`). Iterate it for every agency, or call `firstPage()`.
   */
  list(query?: AgencyQuery, options?: RequestOptions): PageList<Agency>;

  /**
   * Get one OPD
   *
   * `GET /agencies/{agencyId}` (`getAgency`).
   */
  get(agencyId: string, options?: RequestOptions): Promise<Agency>;
}

export function agenciesResource(core: PaduCore): AgenciesResource {
  return {
    list: listMethod<'listAgencies'>(core, 'agencies'),
    get: getMethod<'getAgency'>(core, 'agencies'),
  };
}
