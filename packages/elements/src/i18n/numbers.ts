/**
 * Numbers as the application form and its field controls read and write them: file sizes, and decimals as people
 * type them. With those elements in bundles (their chunk), not with every element.
 */
import type { Locale } from '@padu/contract';
import { formatNumber } from '@padu/contract';

/** "1,2 MB" or "180 KB", the way numbers are written (in both languages, see `formatNumber`). */
export function formatSize(bytes: number): string {
  const mb = bytes / 1048576;
  return mb >= 1
    ? `${formatNumber(Math.round(mb * 10) / 10)} MB`
    : `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

/**
 * A number as people write it, in the form the contract reads ("3.2"). Indonesian writes 1.250,5 and English
 * 1,250.5: a value with thousands groups is read the locale's way, and otherwise either mark is the decimal
 * point, because a phone's keyboard offers "," or "." depending on its own settings ("3,2" and "3.2" are both
 * 3.2). Anything else comes back as typed, for the validator to refuse.
 */
export function parseDecimal(text: string, locale: Locale): string {
  const compact = text.replace(/\s+/g, '');
  const [group, decimal] = locale === 'en' ? [',', '.'] : ['.', ','];
  const grouped = new RegExp(`^[+-]?[1-9]\\d{0,2}(?:\\${group}\\d{3})+(?:\\${decimal}\\d+)?$`);
  if (grouped.test(compact)) return compact.split(group).join('').replace(decimal, '.');
  return /^[+-]?\d*[.,]\d+$/.test(compact) ? compact.replace(',', '.') : compact;
}
