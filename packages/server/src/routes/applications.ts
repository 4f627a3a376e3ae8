// A citizen's applications: submit (idempotent), list, get, resubmit, cancel, and the live event stream.
import { toJson, type Handlers } from '../contract/handlers.ts';
import type { GatewayContext } from '../context.ts';
import { streamStatusChanges } from './status-stream.ts';
import { etagOf, ifNoneMatchHits } from '../http/etag.ts';

type ApplicationHandlers = Pick<
  Handlers,
  | 'submitApplication'
  | 'listMyApplications'
  | 'getApplication'
  | 'resubmitApplication'
  | 'cancelApplication'
  | 'streamApplicationEvents'
>;

export function applicationHandlers(ctx: GatewayContext): ApplicationHandlers {
  const { applications, contract } = ctx;
  const locationOf = (id: string) => `${contract.basePath}/applications/${id}`;

  return {
    async submitApplication({ principal, headers, body }) {
      const { application, replayed } = await applications.submit(principal, headers['Idempotency-Key'], body);
      return {
        status: 201,
        headers: { location: locationOf(application.id), 'idempotent-replayed': String(replayed) },
        body: application,
      };
    },

    async listMyApplications({ principal, query }) {
      return { status: 200, body: await applications.listMine(principal, query.status, query.limit ?? 20, query.cursor) };
    },

    async getApplication({ principal, params, headers }) {
      const row = await applications.readable(principal, params.applicationId);
      const json = toJson(await applications.presentOne(row, applications.viewerOf(principal)));
      // Per viewer: the applicant's and an officer's representations differ, and so do their ETags.
      const cacheHeaders = { etag: etagOf(json), 'cache-control': 'private, no-cache' };
      if (ifNoneMatchHits(headers['If-None-Match'], cacheHeaders.etag)) return { status: 304, headers: cacheHeaders };
      return { status: 200, headers: cacheHeaders, body: json };
    },

    async resubmitApplication({ principal, params, body }) {
      return { status: 200, body: await applications.resubmit(principal, params.applicationId, body) };
    },

    async cancelApplication({ principal, params, body }) {
      return { status: 200, body: await applications.cancel(principal, params.applicationId, body?.reason) };
    },

    async streamApplicationEvents(call) {
      const row = await applications.readable(call.principal, call.params.applicationId);
      // The applicant and the OPD see the note; the actor is still only a role and an OPD.
      return streamStatusChanges(ctx, call, row, (event) => ({
        sequence: event.sequence,
        applicationId: event.applicationId,
        trackingCode: event.trackingCode,
        status: event.status,
        at: event.at,
        actor: event.actor,
        note: event.note,
      }));
    },
  };
}
