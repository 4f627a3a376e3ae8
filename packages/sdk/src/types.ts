// Names for the contract's types, derived from `@padu/contract` (never restated by hand), and the per-call options
// every SDK method takes.
import type { components, operations } from '@padu/contract';

export type Schemas = components['schemas'];
export type OperationId = keyof operations;

/** The JSON request body of an operation. */
export type RequestBody<K extends OperationId> = operations[K] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

/** The query parameters of an operation. */
export type Query<K extends OperationId> = NonNullable<operations[K]['parameters']['query']>;

/** The path parameters of an operation. */
export type PathParams<K extends OperationId> = NonNullable<operations[K]['parameters']['path']>;

type SuccessStatus = 200 | 201 | 202;
/** The JSON body of an operation's success response. */
export type Result<K extends OperationId> = {
  [S in keyof operations[K]['responses'] & SuccessStatus]: operations[K]['responses'][S] extends {
    content: { 'application/json': infer Body };
  }
    ? Body
    : never;
}[keyof operations[K]['responses'] & SuccessStatus];

/** One schema of the contract. */
export type Schema<Name extends keyof Schemas> = Schemas[Name];

// The contract's models under their own names (interfaces, so editors and declarations show the name).
export interface User extends Schema<'User'> {}
export interface AuthSession extends Schema<'AuthSession'> {}
/** A session in cookie mode: an `AuthSession` without `refreshToken`, which is in the gateway's HttpOnly cookie. */
export interface CookieSession extends Schema<'CookieSession'> {}
export interface Agency extends Schema<'Agency'> {}
export interface ServiceSummary extends Schema<'ServiceSummary'> {}
export interface Service extends Schema<'Service'> {}
export interface Upload extends Schema<'Upload'> {}
export interface Application extends Schema<'Application'> {}
export interface StatusChange extends Schema<'StatusChange'> {}
export interface PublicTracking extends Schema<'PublicTracking'> {}
export interface PublicStatusChange extends Schema<'PublicStatusChange'> {}
/** The data of a `status` event on an application's stream (with the officer's note). */
export interface ApplicationStatusEvent extends Schema<'ApplicationStatusEvent'> {}
/** The data of a `status` event on a tracking code's public stream (nothing personal). */
export interface PublicStatusEvent extends Schema<'PublicStatusEvent'> {}
export interface Health extends Schema<'Health'> {}
export interface Problem extends Schema<'Problem'> {}
export interface FieldError extends Schema<'FieldError'> {}
export type ApplicationStatus = Schemas['ApplicationStatus'];
// Authoring (OPD admins and the city's admin).
export interface AuthoredService extends Schema<'AuthoredService'> {}
export interface ServiceDraft extends Schema<'ServiceDraft'> {}
export interface ServiceDraftContent extends Schema<'ServiceDraftContent'> {}
export interface DraftValidation extends Schema<'DraftValidation'> {}
export interface ServiceVersionInfo extends Schema<'ServiceVersionInfo'> {}
export interface ServiceDiff extends Schema<'ServiceDiff'> {}
export interface DiffChange extends Schema<'DiffChange'> {}
export interface AuditEntry extends Schema<'AuditEntry'> {}
// An OPD's staff accounts.
export interface Officer extends Schema<'Officer'> {}
export interface OfficerInvitation extends Schema<'OfficerInvitation'> {}
// Webhooks to an OPD's own systems: endpoints, their deliveries, and the events delivered.
export interface WebhookEndpoint extends Schema<'WebhookEndpoint'> {}
/** An endpoint and its signing secret (`whsec_…`), as registering or rotating answers, once. */
export interface WebhookEndpointSecret extends Schema<'WebhookEndpointSecret'> {}
export interface WebhookDelivery extends Schema<'WebhookDelivery'> {}
export type WebhookEventType = Schemas['WebhookEventType'];
export interface WebhookApplicationSubmittedEvent extends Schema<'WebhookApplicationSubmittedEvent'> {}
export interface WebhookApplicationResubmittedEvent extends Schema<'WebhookApplicationResubmittedEvent'> {}
export interface WebhookApplicationStatusChangedEvent extends Schema<'WebhookApplicationStatusChangedEvent'> {}
export interface WebhookApplicationCancelledEvent extends Schema<'WebhookApplicationCancelledEvent'> {}
export interface WebhookServicePublishedEvent extends Schema<'WebhookServicePublishedEvent'> {}
/** Any event Padu delivers: `switch (event.type)` tells them apart. */
export type WebhookEvent =
  | WebhookApplicationSubmittedEvent
  | WebhookApplicationResubmittedEvent
  | WebhookApplicationStatusChangedEvent
  | WebhookApplicationCancelledEvent
  | WebhookServicePublishedEvent;

// Request bodies and queries.
export type RegisterRequest = RequestBody<'registerCitizen'>;
export type LoginRequest = RequestBody<'login'>;
export type SubmitApplicationRequest = RequestBody<'submitApplication'>;
export type ResubmitApplicationRequest = RequestBody<'resubmitApplication'>;
export type CancelApplicationRequest = RequestBody<'cancelApplication'>;
export type TransitionRequest = RequestBody<'transitionApplication'>;
export type IdentityVerificationRequest = RequestBody<'verifyApplicant'>;
export type AgencyQuery = Query<'listAgencies'>;
export type ServiceQuery = Query<'listServices'>;
export type ApplicationQuery = Query<'listMyApplications'>;
export type QueueQuery = Query<'listAgencyApplications'>;
export type CreateServiceRequest = RequestBody<'createService'>;
export type CreateDraftRequest = RequestBody<'createServiceDraft'>;
export type PublishRequest = RequestBody<'publishServiceDraft'>;
export type RetireRequest = RequestBody<'retireService'>;
export type AuthoredServiceQuery = Query<'listAuthoredServices'>;
export type VersionQuery = Query<'listServiceVersions'>;
export type DiffQuery = Query<'diffServiceVersions'>;
export type AuditQuery = Query<'listAuditEntries'>;
export type InviteOfficerRequest = RequestBody<'inviteOfficer'>;
export type AcceptInvitationRequest = RequestBody<'acceptInvitation'>;
export type OfficerQuery = Query<'listOfficers'>;
export type CreateWebhookEndpointRequest = RequestBody<'createWebhookEndpoint'>;
export type UpdateWebhookEndpointRequest = RequestBody<'updateWebhookEndpoint'>;
export type WebhookEndpointQuery = Query<'listWebhookEndpoints'>;
export type WebhookDeliveryQuery = Query<'listWebhookDeliveries'>;

/** How a call retries (see `PaduOptions.retry`). */
export interface RetryPolicy {
  /** Retries after the first attempt. Default 2. */
  limit?: number;
  /** The longest wait between two attempts, in ms (without `Retry-After`). Default: no cap (0.3 s, 0.6 s, ...). */
  backoffLimit?: number;
  /** The longest `Retry-After` wait honoured, in ms (a longer one is cut to this). Default 30 000. */
  maxRetryAfter?: number;
}

/** Options every SDK method accepts as its last argument. */
export interface RequestOptions {
  /** Cancels the call (and its retries); the call then rejects with `signal.reason`. */
  signal?: AbortSignal;
  /** Per-attempt timeout in ms, or `false` for none. Defaults to the client's `timeout`. */
  timeout?: number | false;
  /** `false` (or `{ limit: 0 }`) turns retries off for this call. */
  retry?: false | RetryPolicy;
}
