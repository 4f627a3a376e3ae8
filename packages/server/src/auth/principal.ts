// The caller behind a valid access token, as handlers see it.
export interface Principal {
  userId: string;
  role: 'citizen' | 'officer';
  /** The OPD of an officer; null for citizens. */
  agencyId: string | null;
  verified: boolean;
  /** The rotation family of the session, for logout. */
  familyId: string;
}

export function isOfficer(principal: Principal): principal is Principal & { role: 'officer'; agencyId: string } {
  return principal.role === 'officer' && principal.agencyId !== null;
}
