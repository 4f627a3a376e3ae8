// Tracking codes people can read aloud and type: `DKC-7KQ4-M2XP`, the OPD's code and eight characters from an
// alphabet without look-alikes (no 0/O, no 1/I/L). 31^8 ≈ 8.5 × 10^11 codes per OPD.
import { randomInt } from 'node:crypto';

export const TRACKING_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

function block(): string {
  let out = '';
  for (let i = 0; i < 4; i++) out += TRACKING_ALPHABET[randomInt(TRACKING_ALPHABET.length)];
  return out;
}

export function newTrackingCode(agencyCode: string): string {
  return `${agencyCode}-${block()}-${block()}`;
}
