/**
 * Contact details: Indonesian phone numbers and email addresses. Checks of form, not of existence.
 */

import type { Invalid } from './identity.ts';

/** A phone number in E.164 form. */
export interface PhoneInfo {
  ok: true;
  /** E.164, e.g. `+628123456789`. */
  value: string;
  /** Whether it is a mobile number (national number starting with 8), i.e. one that can get SMS or WhatsApp. */
  mobile: boolean;
}

/**
 * Normalises an Indonesian phone number to E.164. Accepts `+62…`, `62…` and `08…` (or a landline with its area
 * code, `(0354) 682955`), with spaces, dashes, dots and parentheses. The national number after 62 starts with
 * 1–9 and has 8–12 digits; mobile numbers start with 8 and have 9–12.
 */
export function normalizePhone(input: string): PhoneInfo | Invalid<'tel.invalid'> {
  const compact = String(input).replace(/[\s.\-()\u2010-\u2015]/g, '');
  const national = /^(?:\+62|62|0)([1-9]\d{7,11})$/.exec(compact)?.[1];
  if (!national) return { ok: false, code: 'tel.invalid' };
  return { ok: true, value: `+62${national}`, mobile: /^8\d{8,11}$/.test(national) };
}

// Local part of dot-separated atoms; domain of LDH labels ending in a letter TLD (or an IDN `xn--` TLD).
const EMAIL =
  /^[\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*@(?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.)+(?:[a-z]{2,63}|xn--[a-z\d-]{1,59})$/i;

/** A simple but sane email check (no IP literals, no quoted local parts, at most 254 characters). */
export function isEmail(input: string): boolean {
  return typeof input === 'string' && input.length <= 254 && input.indexOf('@') <= 64 && EMAIL.test(input);
}
