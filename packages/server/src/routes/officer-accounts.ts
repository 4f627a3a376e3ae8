// An OPD's staff accounts: OPD admins and the city's admin list, invite, disable and enable them; the invited
// person accepts with the link's token. The rules are in domain/officers.ts.
import type { Handlers } from '../contract/handlers.ts';
import type { GatewayContext } from '../context.ts';
import { OfficerService } from '../domain/officers.ts';

type OfficerAccountHandlers = Pick<Handlers, 'listOfficers' | 'inviteOfficer' | 'disableOfficer' | 'enableOfficer' | 'acceptInvitation'>;

export function officerAccountHandlers(ctx: GatewayContext): OfficerAccountHandlers {
  const officers = new OfficerService(ctx);
  return {
    async listOfficers({ principal, query }) {
      return { status: 200, body: await officers.list(principal, query.agencyId, query.limit ?? 20, query.cursor) };
    },

    async inviteOfficer({ principal, body, request }) {
      // The link points at the gateway's public origin when it has one configured.
      const origin = ctx.config.publicUrl ?? `${request.protocol}://${request.host}`;
      return { status: 201, body: await officers.invite(principal, body, origin) };
    },

    async disableOfficer({ principal, params }) {
      return { status: 200, body: await officers.disable(principal, params.userId) };
    },

    async enableOfficer({ principal, params }) {
      return { status: 200, body: await officers.enable(principal, params.userId) };
    },

    async acceptInvitation({ body }) {
      return { status: 201, body: await officers.accept(body) };
    },
  };
}
