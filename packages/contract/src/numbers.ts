import type { Locale } from './messages.ts';

/** Numbers the local way: 1.000.000,5 (id) or 1,000,000.5 (en). Done by hand to be identical everywhere. */
export function formatNumber(value: number, locale: Locale = 'id'): string {
  if (!Number.isFinite(value)) return String(value);
  const [int = '', frac] = Math.abs(value).toString().split('.');
  const [group, decimal] = locale === 'en' ? [',', '.'] : ['.', ','];
  const grouped = /e/.test(int) ? int : int.replace(/\B(?=(\d{3})+$)/g, group);
  return (value < 0 ? '-' : '') + grouped + (frac ? decimal + frac : '');
}
