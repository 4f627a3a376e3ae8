// The officer console: listAgencyApplications (own OPD only), transitionApplication and verifyApplicant.
import type { Handlers } from '../contract/handlers.ts';
import type { GatewayContext } from '../context.ts';
import { isOfficer } from '../auth/principal.ts';
import { problem } from '../http/problems.ts';

type OfficerHandlers = Pick<Handlers, 'listAgencyApplications' | 'transitionApplication' | 'verifyApplicant'>;

function officersOnly() {
  return problem('forbidden', { detail: 'Hanya petugas OPD yang dapat membuka antrean permohonan.' });
}

export function officerHandlers({ applications }: GatewayContext): OfficerHandlers {
  return {
    async listAgencyApplications({ principal, query }) {
      if (!isOfficer(principal)) throw officersOnly();
      return {
        status: 200,
        body: await applications.listAgency(principal.agencyId, query.status, query.limit ?? 20, query.cursor),
      };
    },

    async transitionApplication({ principal, params, body }) {
      if (!isOfficer(principal)) throw officersOnly();
      return { status: 200, body: await applications.transitionByOfficer(principal, params.applicationId, body.to, body.note) };
    },

    async verifyApplicant({ principal, params, body }) {
      return { status: 200, body: await applications.verifyApplicant(principal, params.applicationId, body.evidence) };
    },
  };
}
