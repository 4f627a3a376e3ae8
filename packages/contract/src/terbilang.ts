/**
 * Numbers in Indonesian words ("terbilang"), as official documents write them next to the figure:
 * "3 (tiga) hari kerja", "Rp10.000 (sepuluh ribu rupiah)".
 */

const UNITS = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];
// Largest first. One of a small scale takes the prefix "se-" (seratus, seribu); one juta/miliar/triliun does not.
const SCALES: ReadonlyArray<readonly [number, string]> = [
  [1e12, 'triliun'],
  [1e9, 'miliar'],
  [1e6, 'juta'],
  [1e3, 'ribu'],
  [100, 'ratus'],
  [10, 'puluh'],
];

function words(n: number): string {
  if (n < 12) return UNITS[n] ?? '';
  if (n < 20) return `${UNITS[n - 10]} belas`;
  for (const [size, name] of SCALES) {
    if (n < size) continue;
    const head = Math.floor(n / size);
    const rest = n % size;
    const lead = head === 1 && size <= 1000 ? `se${name}` : `${words(head)} ${name}`;
    return rest ? `${lead} ${words(rest)}` : lead;
  }
  return '';
}

/** `n` in Indonesian words, for whole numbers 0 to 999 999 999 999 999 (RangeError otherwise). */
export function terbilang(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0 || n >= 1e15) throw new RangeError(`terbilang: ${n}`);
  return n === 0 ? 'nol' : words(n);
}
