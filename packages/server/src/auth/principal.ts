// The caller behind a valid access token, as handlers see it.
import type { Schemas } from '@padu/contract';

export type Role = Schemas['UserRole'];

export interface Principal {
  userId: string;
  role: Role;
  /** The OPD of an officer or an OPD admin; null for citizens and the city's admins. */
  agencyId: string | null;
  verified: boolean;
  /** The rotation family of the session, for logout. */
  familyId: string;
}

export function isOfficer(principal: Principal): principal is Principal & { role: 'officer'; agencyId: string } {
  return principal.role === 'officer' && principal.agencyId !== null;
}

/** An author of services: an OPD admin (their own OPD) or the city's admin (every OPD). */
export function isAuthor(principal: Principal): boolean {
  return principal.role === 'admin' || (principal.role === 'opd_admin' && principal.agencyId !== null);
}

/** Whether an author may see and change what belongs to an OPD. */
export function authorsFor(principal: Principal, agencyId: string): boolean {
  return principal.role === 'admin' || (principal.role === 'opd_admin' && principal.agencyId === agencyId);
}
