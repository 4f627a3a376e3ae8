// Service authoring for OPD admins and the city's admin: drafts, validation, preview, publishing, retirement,
// versions, diffs and the audit log. The rules are in domain/authoring.ts.
import type { Handlers, ResponseHeaders } from '../contract/handlers.ts';
import type { GatewayContext } from '../context.ts';

type AuthoringHandlers = Pick<
  Handlers,
  | 'listAuthoredServices'
  | 'createService'
  | 'getAuthoredService'
  | 'getServiceDraft'
  | 'createServiceDraft'
  | 'updateServiceDraft'
  | 'validateServiceDraft'
  | 'previewServiceDraft'
  | 'publishServiceDraft'
  | 'retireService'
  | 'listServiceVersions'
  | 'diffServiceVersions'
  | 'listAuditEntries'
>;

/** A draft's response headers: its ETag, for the next If-Match. */
const draftHeaders = (draft: { etag: string }): ResponseHeaders => ({ etag: draft.etag });

export function authoringHandlers({ authoring }: GatewayContext): AuthoringHandlers {
  return {
    async listAuthoredServices({ principal, query }) {
      return { status: 200, body: await authoring.list(principal, query.agencyId, query.limit ?? 20, query.cursor) };
    },

    async createService({ principal, body }) {
      const draft = await authoring.create(principal, body);
      return { status: 201, headers: draftHeaders(draft), body: draft };
    },

    async getAuthoredService({ principal, params }) {
      return { status: 200, body: await authoring.get(principal, params.serviceId) };
    },

    async getServiceDraft({ principal, params }) {
      const draft = await authoring.getDraft(principal, params.serviceId);
      return { status: 200, headers: draftHeaders(draft), body: draft };
    },

    async createServiceDraft({ principal, params, body }) {
      const draft = await authoring.openDraft(principal, params.serviceId, body.fromVersion);
      return { status: 201, headers: draftHeaders(draft), body: draft };
    },

    async updateServiceDraft({ principal, params, headers, body }) {
      const draft = await authoring.saveDraft(principal, params.serviceId, headers['If-Match'], body);
      return { status: 200, headers: draftHeaders(draft), body: draft };
    },

    async validateServiceDraft({ principal, params }) {
      return { status: 200, body: await authoring.validate(principal, params.serviceId) };
    },

    async previewServiceDraft({ principal, params }) {
      return { status: 200, body: await authoring.preview(principal, params.serviceId) };
    },

    async publishServiceDraft({ principal, params, headers, body }) {
      return { status: 201, body: await authoring.publish(principal, params.serviceId, headers['If-Match'], body.changeNote) };
    },

    async retireService({ principal, params, body }) {
      return { status: 200, body: await authoring.retire(principal, params.serviceId, body.note) };
    },

    async listServiceVersions({ principal, params, query }) {
      return { status: 200, body: await authoring.versions(principal, params.serviceId, query.limit ?? 20, query.cursor) };
    },

    async diffServiceVersions({ principal, params, query }) {
      return { status: 200, body: await authoring.diff(principal, params.serviceId, query.from, query.to) };
    },

    async listAuditEntries({ principal, query }) {
      return { status: 200, body: await authoring.audit(principal, query.agencyId, query.limit ?? 20, query.cursor) };
    },
  };
}
