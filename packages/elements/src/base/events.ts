/**
 * The domain events of the Padu elements and their `detail`. They bubble and cross shadow roots (`composed`),
 * so a host page listens once on `document`. A cancelable `*-request` event comes before an irreversible action;
 * calling `preventDefault()` on it stops the action.
 *
 * No event carries a NIK, a password or anything else sensitive: host pages often forward events to analytics.
 */
import type { ApplicationStatus } from '@padu/contract';
import type { User } from '@padu/sdk';

export interface PaduEventMap {
  /** Before logging in (cancelable); `sso`: before leaving for the city's sign-in page. */
  'padu-login-request': { method: 'nik' | 'email' | 'sso' };
  /** Logged in. `user` carries the masked NIK only. */
  'padu-login': { user: User };
  /** Before logging out (cancelable). */
  'padu-logout-request': Record<string, never>;
  /** Logged out. */
  'padu-logout': Record<string, never>;
  /** A tracked application changed status (live). */
  'padu-status-change': { trackingCode: string; status: ApplicationStatus; previousStatus: ApplicationStatus | null };
  /** The citizen chose to correct an application in `needs_revision`; the host opens its revise form. */
  'padu-revise-request': { applicationId: string | null; trackingCode: string };
  /** A service was chosen (cancelable: cancelling keeps a `link-template` link from navigating). */
  'padu-service-select': { serviceId: string };
  /** An application was chosen in the list (cancelable: cancelling keeps it from opening in the built-in tracker). */
  'padu-application-select': { applicationId: string; trackingCode: string };
  /** An OPD admin created a service (its first draft is open in the editor). */
  'padu-service-created': { serviceId: string };
  /** A service's draft was saved; `valid`: whether it can be published as it is. */
  'padu-draft-saved': { serviceId: string; valid: boolean };
  /** A service's draft was published as `version`. */
  'padu-service-published': { serviceId: string; version: number };
  /** A service was retired: out of the catalogue, new applications refused, those made before continue. */
  'padu-service-retired': { serviceId: string };
}

export type PaduEventName = keyof PaduEventMap;
export type PaduEvent<K extends PaduEventName> = CustomEvent<PaduEventMap[K]>;

declare global {
  interface HTMLElementEventMap {
    'padu-login-request': PaduEvent<'padu-login-request'>;
    'padu-login': PaduEvent<'padu-login'>;
    'padu-logout-request': PaduEvent<'padu-logout-request'>;
    'padu-logout': PaduEvent<'padu-logout'>;
    'padu-status-change': PaduEvent<'padu-status-change'>;
    'padu-revise-request': PaduEvent<'padu-revise-request'>;
    'padu-service-select': PaduEvent<'padu-service-select'>;
    'padu-application-select': PaduEvent<'padu-application-select'>;
  }
}
