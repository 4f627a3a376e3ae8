/**
 * Tracking codes as people type them: `DKC-7KQ4-M2XP` is the OPD's three-letter code and two blocks of four
 * characters (the contract's `TrackingCode`). One rule for the tracker and the gateway.
 */

const TRACKING_CODE = /^[A-Z]{3}-[A-Z0-9]{4}-[A-Z0-9]{4}$/;

/** `dkc 7kq4m2xp` → `DKC-7KQ4-M2XP`: any letter case, with or without dashes and spaces. Anything else: trimmed, upper-case. */
export function normalizeTrackingCode(input: string): string {
  const compact = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return compact.length === 11 ? `${compact.slice(0, 3)}-${compact.slice(3, 7)}-${compact.slice(7)}` : input.trim().toUpperCase();
}

/** Whether `code` (normalised) has the shape of a tracking code. */
export const isTrackingCode = (code: string): boolean => TRACKING_CODE.test(code);
