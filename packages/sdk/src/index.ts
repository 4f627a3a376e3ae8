// @padu/sdk: the typed client for the Padu contract.
export { createPadu, type Padu, type PaduCore, type PaduOptions } from './client.ts';
export {
  ConflictError,
  ForbiddenError,
  NetworkError,
  NotFoundError,
  PaduError,
  PreconditionFailedError,
  RateLimitedError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  ValidationError,
  type PaduErrorInit,
} from './errors.ts';
export type { Page, PageList } from './pagination.ts';
export type {
  Session,
  SessionChange,
  SessionChangeType,
  SessionListener,
  SessionState,
  SessionStorageKind,
  TokenSource,
} from './session.ts';
export type { ServerSentEvent } from './sse.ts';
export type { ProgressListener, UploadProgress } from './upload.ts';
export type { EventsOptions, StatusEvent, StatusWatch, WaitForOptions, WatchOptions } from './watch.ts';
export type { AgenciesResource } from './resources/agencies.ts';
export type { ApplicationsResource, SubmitOptions } from './resources/applications.ts';
export type { AuthResource } from './resources/auth.ts';
export type { AuthoringResource, DraftWriteOptions } from './resources/authoring.ts';
export type { MetaResource } from './resources/meta.ts';
export type { OfficerResource } from './resources/officer.ts';
export type { ServicesResource } from './resources/services.ts';
export type { StaffResource } from './resources/staff.ts';
export type { TrackingResource } from './resources/tracking.ts';
export type { UploadOptions, UploadsResource } from './resources/uploads.ts';
export type { WebhooksResource } from './resources/webhooks.ts';
export type * from './types.ts';
