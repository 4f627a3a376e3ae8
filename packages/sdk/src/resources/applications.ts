// A citizen's applications: submit (idempotently), list, read, revise, cancel, and follow live.
import type { PaduCore } from '../client.ts';
import type { PageList } from '../pagination.ts';
import type {
  Application,
  ApplicationQuery,
  ApplicationStatusEvent,
  CancelApplicationRequest,
  RequestOptions,
  ResubmitApplicationRequest,
  StatusChange,
  SubmitApplicationRequest,
} from '../types.ts';
import { eventsMethod, historySource, watchStatus, type EventsOptions, type StatusWatch, type WatchOptions } from '../watch.ts';
import { actionMethod, getMethod, listMethod, pathOf } from './methods.ts';

export interface SubmitOptions extends RequestOptions {
  /**
   * The key that makes retries of this submission safe; default: a new random UUID per call. Keep one per logical
   * submission (e.g. across page reloads) so a repeat returns the application created the first time.
   */
  idempotencyKey?: string;
}

export interface ApplicationsResource {
  /**
   * Submit an application for a service
   *
   * `POST /applications` (`submitApplication`). Always sends an `Idempotency-Key` (reused by every retry), so a
   * retried or repeated submission yields one application.
   */
  submit(application: SubmitApplicationRequest, options?: SubmitOptions): Promise<Application>;

  /**
   * List the logged-in citizen's applications
   *
   * `GET /applications` (`listMyApplications`). Those needing the citizen's action first, then newest first;
   * iterate it, or call `firstPage()`.
   */
  list(query?: ApplicationQuery, options?: RequestOptions): PageList<Application>;

  /**
   * Get one application
   *
   * `GET /applications/{applicationId}` (`getApplication`).
   */
  get(applicationId: string, options?: RequestOptions): Promise<Application>;

  /**
   * Revise the answers and resubmit after "Perlu Perbaikan"
   *
   * `POST /applications/{applicationId}/resubmit` (`resubmitApplication`).
   */
  resubmit(applicationId: string, revision: ResubmitApplicationRequest, options?: RequestOptions): Promise<Application>;

  /**
   * Cancel an application before it is processed
   *
   * `POST /applications/{applicationId}/cancel` (`cancelApplication`).
   */
  cancel(applicationId: string, reason?: CancelApplicationRequest, options?: RequestOptions): Promise<Application>;

  /**
   * Follow an application's status changes live
   *
   * `GET /applications/{applicationId}/events` (`streamApplicationEvents`), resumed after `lastEventId`: the
   * same as `watch(applicationId, { since: lastEventId })`, so it reconnects (and polls) when it has to.
   */
  events(applicationId: string, options?: EventsOptions): StatusWatch<ApplicationStatusEvent>;

  /**
   * Watches an application's status (for its applicant, or an officer of its OPD): the history first (after
   * `since`), then each change live, notes included. Streams while the page is visible, polls when streaming
   * fails, does nothing while the page is hidden. Iterate it, or `waitFor` a status; `close()` it.
   */
  watch(applicationId: string, options?: WatchOptions): StatusWatch<ApplicationStatusEvent>;
}

const PATH = 'applications';

export function applicationsResource(core: PaduCore): ApplicationsResource {
  const watch = (applicationId: string, options?: WatchOptions) =>
    watchStatus(
      historySource(core.send, pathOf(PATH, applicationId), true, (change: StatusChange, application: Application) => ({
        ...change,
        applicationId: application.id,
        trackingCode: application.trackingCode,
      })),
      options,
    );
  return {
    submit: (application, { idempotencyKey = crypto.randomUUID(), ...options } = {}) =>
      core.call({ method: 'POST', path: PATH, auth: true, json: application, idempotencyKey, ...options }),
    list: listMethod<'listMyApplications'>(core, PATH, true),
    get: getMethod<'getApplication'>(core, PATH, true),
    resubmit: actionMethod<'resubmitApplication'>(core, PATH, 'resubmit'),
    cancel: actionMethod<'cancelApplication'>(core, PATH, 'cancel'),
    events: eventsMethod(watch),
    watch,
  };
}
