// The catalogue of every OPD's services.
import type { PaduCore } from '../client.ts';
import type { PageList } from '../pagination.ts';
import type { RequestOptions, Service, ServiceQuery, ServiceSummary } from '../types.ts';
import { getMethod, listMethod } from './methods.ts';

export interface ServicesResource {
  /**
   * Search the services of every OPD
   *
   * `GET /services` (`listServices`). Iterate it for every match across pages, or call `firstPage()`.
   */
  list(query?: ServiceQuery, options?: RequestOptions): PageList<ServiceSummary>;

  /**
   * Get a service with its Standar Pelayanan and form definition
   *
   * `GET /services/{serviceId}` (`getService`).
   */
  get(serviceId: string, options?: RequestOptions): Promise<Service>;
}

export function servicesResource(core: PaduCore): ServicesResource {
  return {
    list: listMethod<'listServices'>(core, 'services'),
    get: getMethod<'getService'>(core, 'services'),
  };
}
