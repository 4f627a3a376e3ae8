// Service authoring, for OPD admins (their own OPD's services) and the city's admin (every OPD's): drafts saved
// under their ETag, validation, preview, publishing as immutable versions, retirement, versions, diffs and the
// audit log.
import type { PaduCore } from '../client.ts';
import type { PageList } from '../pagination.ts';
import type { Call } from '../transport.ts';
import type {
  AuditEntry,
  AuditQuery,
  AuthoredService,
  AuthoredServiceQuery,
  CreateDraftRequest,
  CreateServiceRequest,
  DiffQuery,
  DraftValidation,
  PublishRequest,
  RequestOptions,
  RetireRequest,
  Service,
  ServiceDiff,
  ServiceDraft,
  ServiceDraftContent,
  ServiceVersionInfo,
  VersionQuery,
} from '../types.ts';
import { getMethod, listMethod, pathOf } from './methods.ts';

/** The draft's ETag, sent as `If-Match`: `draft.etag` of the copy being changed. */
export interface DraftWriteOptions extends RequestOptions {
  etag: string;
}

export interface AuthoringResource {
  /**
   * List the services an admin authors
   *
   * `GET /authoring/services` (`listAuthoredServices`). Published, retired and unpublished ones; iterate it, or
   * call `firstPage()`.
   */
  services(query?: AuthoredServiceQuery, options?: RequestOptions): PageList<AuthoredService>;

  /**
   * Create a new service as a draft
   *
   * `POST /authoring/services` (`createService`). Resolves to its first draft.
   */
  create(service: CreateServiceRequest, options?: RequestOptions): Promise<ServiceDraft>;

  /**
   * Get a service's authoring state
   *
   * `GET /authoring/services/{serviceId}` (`getAuthoredService`).
   */
  get(serviceId: string, options?: RequestOptions): Promise<AuthoredService>;

  /**
   * Get a service's draft
   *
   * `GET /authoring/services/{serviceId}/draft` (`getServiceDraft`). Keep `draft.etag` for the next save.
   */
  draft(serviceId: string, options?: RequestOptions): Promise<ServiceDraft>;

  /**
   * Open a draft of a service
   *
   * `POST /authoring/services/{serviceId}/draft` (`createServiceDraft`). Blank, or `{ fromVersion }` copied.
   */
  openDraft(serviceId: string, request?: CreateDraftRequest, options?: RequestOptions): Promise<ServiceDraft>;

  /**
   * Save a service's draft
   *
   * `PUT /authoring/services/{serviceId}/draft` (`updateServiceDraft`). `options.etag` is the ETag of the copy
   * edited; when someone saved since, it rejects with a `PreconditionFailedError` and nothing changes.
   */
  saveDraft(serviceId: string, content: ServiceDraftContent, options: DraftWriteOptions): Promise<ServiceDraft>;

  /**
   * Check a draft as publishing would
   *
   * `GET /authoring/services/{serviceId}/draft/validation` (`validateServiceDraft`).
   */
  validate(serviceId: string, options?: RequestOptions): Promise<DraftValidation>;

  /**
   * Preview a draft as the service citizens would see
   *
   * `GET /authoring/services/{serviceId}/draft/preview` (`previewServiceDraft`).
   */
  preview(serviceId: string, options?: RequestOptions): Promise<Service>;

  /**
   * Publish a draft as the next version
   *
   * `POST /authoring/services/{serviceId}/draft/publish` (`publishServiceDraft`). Rejects with a
   * `ValidationError` listing every problem, or a `PreconditionFailedError` when the draft changed since
   * `options.etag`.
   */
  publish(serviceId: string, request: PublishRequest, options: DraftWriteOptions): Promise<Service>;

  /**
   * Retire (unpublish) a service
   *
   * `POST /authoring/services/{serviceId}/retire` (`retireService`).
   */
  retire(serviceId: string, request: RetireRequest, options?: RequestOptions): Promise<AuthoredService>;

  /**
   * List a service's published versions
   *
   * `GET /authoring/services/{serviceId}/versions` (`listServiceVersions`). Newest first.
   */
  versions(serviceId: string, query?: VersionQuery, options?: RequestOptions): PageList<ServiceVersionInfo>;

  /**
   * Compare two versions of a service
   *
   * `GET /authoring/services/{serviceId}/diff` (`diffServiceVersions`). Without `to`: against the open draft.
   */
  diff(serviceId: string, query: DiffQuery, options?: RequestOptions): Promise<ServiceDiff>;

  /**
   * Read the authoring audit log
   *
   * `GET /authoring/audit` (`listAuditEntries`). Newest first; iterate it, or call `firstPage()`.
   */
  audit(query?: AuditQuery, options?: RequestOptions): PageList<AuditEntry>;
}

const PATH = 'authoring/services';

export function authoringResource(core: PaduCore): AuthoringResource {
  // One shape for every call here: authenticated, under a service's path, with the draft's ETag when it writes one.
  const send = (serviceId: string, tail: string, method?: 'POST' | 'PUT', json?: object, { etag, ...options }: Partial<DraftWriteOptions> & Pick<Call, 'searchParams'> = {}) =>
    core.call<never>({ method, path: `${pathOf(PATH, serviceId)}${tail}`, auth: true, json, headers: { 'if-match': etag }, ...options });
  return {
    services: listMethod<'listAuthoredServices'>(core, PATH, true),
    create: (service, options) => core.call({ method: 'POST', path: PATH, auth: true, json: service, ...options }),
    get: getMethod<'getAuthoredService'>(core, PATH, true),
    draft: (serviceId, options) => send(serviceId, '/draft', undefined, undefined, options),
    openDraft: (serviceId, request = {}, options) => send(serviceId, '/draft', 'POST', request, options),
    saveDraft: (serviceId, content, options) => send(serviceId, '/draft', 'PUT', content, options),
    validate: (serviceId, options) => send(serviceId, '/draft/validation', undefined, undefined, options),
    preview: (serviceId, options) => send(serviceId, '/draft/preview', undefined, undefined, options),
    publish: (serviceId, request, options) => send(serviceId, '/draft/publish', 'POST', request, options),
    retire: (serviceId, request, options) => send(serviceId, '/retire', 'POST', request, options),
    versions: (serviceId, query, options) => listMethod<'listServiceVersions'>(core, `${pathOf(PATH, serviceId)}/versions`, true)(query, options),
    diff: (serviceId, query, options) => send(serviceId, '/diff', undefined, undefined, { searchParams: query as Record<string, number>, ...options }),
    audit: listMethod<'listAuditEntries'>(core, 'authoring/audit', true),
  };
}
