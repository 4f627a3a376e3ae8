// An OPD's staff accounts, for OPD admins (their own OPD's officers) and the city's admin (every OPD's officers
// and OPD admins): the list with status and last sign-in, invitations as one-time links, disabling and enabling;
// and, for the invited person, accepting an invitation.
import type { PaduCore } from '../client.ts';
import type { PageList } from '../pagination.ts';
import type { AcceptInvitationRequest, InviteOfficerRequest, Officer, OfficerInvitation, OfficerQuery, RequestOptions, User } from '../types.ts';
import { listMethod, pathOf } from './methods.ts';

export interface StaffResource {
  /**
   * List an OPD's officers
   *
   * `GET /authoring/officers` (`listOfficers`). By name, with status (`active`, `invited`, `disabled`) and last
   * sign-in; iterate it, or call `firstPage()`.
   */
  list(query?: OfficerQuery, options?: RequestOptions): PageList<Officer>;

  /**
   * Invite an officer
   *
   * `POST /authoring/officers` (`inviteOfficer`). Resolves to the pending account and its one-time `link`
   * (72 hours): send it to the invited person; it is never shown again.
   */
  invite(invitation: InviteOfficerRequest, options?: RequestOptions): Promise<OfficerInvitation>;

  /**
   * Disable an officer's account
   *
   * `POST /authoring/officers/{userId}/disable` (`disableOfficer`). Every session of the account ends at once.
   */
  disable(userId: string, options?: RequestOptions): Promise<Officer>;

  /**
   * Enable a disabled officer's account
   *
   * `POST /authoring/officers/{userId}/enable` (`enableOfficer`).
   */
  enable(userId: string, options?: RequestOptions): Promise<Officer>;

  /**
   * Accept an invitation to an OPD's staff
   *
   * `POST /auth/invitations/accept` (`acceptInvitation`). No session needed: `token` is the fragment of the link
   * (`location.hash.slice(1)` on `/petugas/undangan`); `name`, optional, the name the account goes by (else the
   * one the admin typed). Resolves to the account, now active; log in next.
   */
  accept(request: AcceptInvitationRequest, options?: RequestOptions): Promise<User>;
}

const PATH = 'authoring/officers';

export function staffResource(core: PaduCore): StaffResource {
  const act = (userId: string, action: 'disable' | 'enable', options?: RequestOptions) =>
    core.call<Officer>({ method: 'POST', path: `${pathOf(PATH, userId)}/${action}`, auth: true, ...options });
  return {
    list: listMethod<'listOfficers'>(core, PATH, true),
    invite: (invitation, options) => core.call({ method: 'POST', path: PATH, auth: true, json: invitation, ...options }),
    disable: (userId, options) => act(userId, 'disable', options),
    enable: (userId, options) => act(userId, 'enable', options),
    accept: (request, options) => core.call({ method: 'POST', path: 'auth/invitations/accept', json: request, ...options }),
  };
}
