// Webhooks to an OPD's own systems, for OPD admins (their own OPD's endpoints) and the city's admin (every OPD's):
// register, list, change, disable and enable endpoints, rotate their signing secret, list their deliveries and
// re-send one. Receiving systems verify what they get with `verifyWebhook` of `@padu/sdk/webhooks`.
import type { PaduCore } from '../client.ts';
import type { PageList } from '../pagination.ts';
import type {
  CreateWebhookEndpointRequest,
  RequestOptions,
  UpdateWebhookEndpointRequest,
  WebhookDelivery,
  WebhookDeliveryQuery,
  WebhookEndpoint,
  WebhookEndpointQuery,
  WebhookEndpointSecret,
} from '../types.ts';
import { listMethod, pathOf } from './methods.ts';

export interface WebhooksResource {
  /**
   * List an OPD's webhook endpoints
   *
   * `GET /authoring/webhooks` (`listWebhookEndpoints`). Newest first, without their secrets; iterate it, or call
   * `firstPage()`.
   */
  list(query?: WebhookEndpointQuery, options?: RequestOptions): PageList<WebhookEndpoint>;

  /**
   * Register a webhook endpoint
   *
   * `POST /authoring/webhooks` (`createWebhookEndpoint`). Resolves to the endpoint and its signing `secret`
   * (`whsec_…`): keep it in the receiving system, it is never shown again. A URL that is not https on a public
   * address rejects with a `ValidationError` at `/url`.
   */
  create(endpoint: CreateWebhookEndpointRequest, options?: RequestOptions): Promise<WebhookEndpointSecret>;

  /**
   * Get a webhook endpoint
   *
   * `GET /authoring/webhooks/{endpointId}` (`getWebhookEndpoint`).
   */
  get(endpointId: string, options?: RequestOptions): Promise<WebhookEndpoint>;

  /**
   * Change a webhook endpoint
   *
   * `PATCH /authoring/webhooks/{endpointId}` (`updateWebhookEndpoint`). Only the fields given change.
   */
  update(endpointId: string, changes: UpdateWebhookEndpointRequest, options?: RequestOptions): Promise<WebhookEndpoint>;

  /**
   * Disable a webhook endpoint
   *
   * `POST /authoring/webhooks/{endpointId}/disable` (`disableWebhookEndpoint`). Deliveries still waiting are failed.
   */
  disable(endpointId: string, options?: RequestOptions): Promise<WebhookEndpoint>;

  /**
   * Enable a disabled webhook endpoint
   *
   * `POST /authoring/webhooks/{endpointId}/enable` (`enableWebhookEndpoint`).
   */
  enable(endpointId: string, options?: RequestOptions): Promise<WebhookEndpoint>;

  /**
   * Rotate a webhook endpoint's signing secret
   *
   * `POST /authoring/webhooks/{endpointId}/secret/rotate` (`rotateWebhookSecret`). Resolves to the new `secret`;
   * the old one keeps signing beside it until `endpoint.previousSecretExpiresAt`.
   */
  rotateSecret(endpointId: string, options?: RequestOptions): Promise<WebhookEndpointSecret>;

  /**
   * List a webhook endpoint's deliveries
   *
   * `GET /authoring/webhooks/{endpointId}/deliveries` (`listWebhookDeliveries`). Newest first, each with its event,
   * status and last attempt; iterate it, or call `firstPage()`.
   */
  deliveries(endpointId: string, query?: WebhookDeliveryQuery, options?: RequestOptions): PageList<WebhookDelivery>;

  /**
   * Re-send one webhook delivery
   *
   * `POST /authoring/webhooks/{endpointId}/deliveries/{deliveryId}/resend` (`resendWebhookDelivery`). Same
   * `webhook-id`, a fresh 24 hours of retries.
   */
  resend(endpointId: string, deliveryId: string, options?: RequestOptions): Promise<WebhookDelivery>;
}

const PATH = 'authoring/webhooks';

export function webhooksResource(core: PaduCore): WebhooksResource {
  const { call } = core;
  const act = <T>(endpointId: string, action: string, options?: RequestOptions) =>
    call<T>({ method: 'POST', path: `${pathOf(PATH, endpointId)}/${action}`, auth: true, ...options });
  return {
    list: listMethod<'listWebhookEndpoints'>(core, PATH, true),
    create: (endpoint, options) => call({ method: 'POST', path: PATH, auth: true, json: endpoint, ...options }),
    get: (endpointId, options) => call({ path: pathOf(PATH, endpointId), auth: true, ...options }),
    update: (endpointId, changes, options) => call({ method: 'PATCH', path: pathOf(PATH, endpointId), auth: true, json: changes, ...options }),
    disable: (endpointId, options) => act(endpointId, 'disable', options),
    enable: (endpointId, options) => act(endpointId, 'enable', options),
    rotateSecret: (endpointId, options) => act(endpointId, 'secret/rotate', options),
    deliveries: (endpointId, query, options) => listMethod<'listWebhookDeliveries'>(core, `${pathOf(PATH, endpointId)}/deliveries`, true)(query, options),
    resend: (endpointId, deliveryId, options) => act(endpointId, `deliveries/${encodeURIComponent(deliveryId)}/resend`, options),
  };
}
