// Webhook endpoints of an OPD's own systems, for its admins and the city's admin: register, list, change,
// disable, enable, rotate the secret, list deliveries, re-send one. The rules are in webhooks/endpoints.ts.
import type { Handlers } from '../contract/handlers.ts';
import type { GatewayContext } from '../context.ts';

type WebhookHandlers = Pick<
  Handlers,
  | 'listWebhookEndpoints'
  | 'createWebhookEndpoint'
  | 'getWebhookEndpoint'
  | 'updateWebhookEndpoint'
  | 'disableWebhookEndpoint'
  | 'enableWebhookEndpoint'
  | 'rotateWebhookSecret'
  | 'listWebhookDeliveries'
  | 'resendWebhookDelivery'
>;

export function webhookHandlers({ webhooks }: GatewayContext): WebhookHandlers {
  return {
    async listWebhookEndpoints({ principal, query }) {
      return { status: 200, body: await webhooks.list(principal, query.agencyId, query.limit ?? 20, query.cursor) };
    },

    async createWebhookEndpoint({ principal, body }) {
      return { status: 201, body: await webhooks.create(principal, body) };
    },

    async getWebhookEndpoint({ principal, params }) {
      return { status: 200, body: await webhooks.get(principal, params.endpointId) };
    },

    async updateWebhookEndpoint({ principal, params, body }) {
      return { status: 200, body: await webhooks.update(principal, params.endpointId, body) };
    },

    async disableWebhookEndpoint({ principal, params }) {
      return { status: 200, body: await webhooks.disable(principal, params.endpointId) };
    },

    async enableWebhookEndpoint({ principal, params }) {
      return { status: 200, body: await webhooks.enable(principal, params.endpointId) };
    },

    async rotateWebhookSecret({ principal, params }) {
      return { status: 200, body: await webhooks.rotate(principal, params.endpointId) };
    },

    async listWebhookDeliveries({ principal, params, query }) {
      return { status: 200, body: await webhooks.deliveries(principal, params.endpointId, query.status, query.limit ?? 20, query.cursor) };
    },

    async resendWebhookDelivery({ principal, params }) {
      return { status: 202, body: await webhooks.resend(principal, params.endpointId, params.deliveryId) };
    },
  };
}
