// The public catalogue: listAgencies, getAgency, listServices, getService.
import type { Handlers } from '../contract/handlers.ts';
import type { GatewayContext } from '../context.ts';
import { notFound } from '../http/problems.ts';

type CatalogueHandlers = Pick<Handlers, 'listAgencies' | 'getAgency' | 'listServices' | 'getService'>;

export function catalogueHandlers({ catalogue }: GatewayContext): CatalogueHandlers {
  return {
    async listAgencies({ query }) {
      return { status: 200, body: await catalogue.listAgencies(query.limit ?? 20, query.cursor) };
    },

    async getAgency({ params }) {
      const agency = await catalogue.agency(params.agencyId);
      if (!agency) throw notFound();
      return { status: 200, body: agency };
    },

    async listServices({ query }) {
      const filter = {
        ...(query.q !== undefined ? { q: query.q } : {}),
        ...(query.agencyId !== undefined ? { agencyId: query.agencyId } : {}),
        ...(query.category !== undefined ? { category: query.category } : {}),
      };
      return { status: 200, body: await catalogue.listServices(filter, query.limit ?? 20, query.cursor) };
    },

    async getService({ params }) {
      const service = await catalogue.service(params.serviceId);
      if (!service) throw notFound();
      return { status: 200, body: service };
    },
  };
}
