// The work queue of an OPD's officers.
import type { PaduCore } from '../client.ts';
import type { PageList } from '../pagination.ts';
import type { Application, IdentityVerificationRequest, QueueQuery, RequestOptions, TransitionRequest } from '../types.ts';
import { actionMethod, listMethod } from './methods.ts';

export interface OfficerResource {
  /**
   * List the officer's OPD queue
   *
   * `GET /officer/applications` (`listAgencyApplications`). Oldest due first; iterate it, or call `firstPage()`.
   */
  queue(query?: QueueQuery, options?: RequestOptions): PageList<Application>;

  /**
   * Move an application to its next status
   *
   * `POST /officer/applications/{applicationId}/transitions` (`transitionApplication`). `needs_revision` needs a
   * note for the citizen; `rejected` and `cancelled` a reason.
   */
  transition(applicationId: string, transition: TransitionRequest, options?: RequestOptions): Promise<Application>;

  /**
   * Verify the applicant's identity
   *
   * `POST /officer/applications/{applicationId}/applicant-verification` (`verifyApplicant`). With the evidence
   * the officer saw; recorded in the OPD's audit log.
   */
  verifyApplicant(applicationId: string, verification: IdentityVerificationRequest, options?: RequestOptions): Promise<Application>;
}

export function officerResource(core: PaduCore): OfficerResource {
  return {
    queue: listMethod<'listAgencyApplications'>(core, 'officer/applications', true),
    transition: actionMethod<'transitionApplication'>(core, 'officer/applications', 'transitions'),
    verifyApplicant: actionMethod<'verifyApplicant'>(core, 'officer/applications', 'applicant-verification'),
  };
}
