/**
 * Keeps a custom brand colour readable (WCAG 2.2 AA). An OPD sets `--padu-brand` to its own colour; that colour
 * fills buttons and marks links and focus rings, so from the resolved colour we derive:
 * - `--_on-brand`: white or near-black text on the brand fill, whichever contrasts more (≥ 4.5:1 is always
 *   reachable with one of them);
 * - `--_brand-text`: the brand colour as text on the surface, darkened (or lightened on a dark surface) until it
 *   reaches 4.5:1.
 * When the brand colour had to be adjusted, the console says so once, so the OPD can pick a better shade.
 */

type Rgb = readonly [number, number, number];

let context: CanvasRenderingContext2D | null | undefined;

/** Any CSS colour (hex, rgb(), hsl(), oklch(), a name …) as sRGB bytes, or `null` if it is not a colour. */
function toRgb(colour: string): Rgb | null {
  // Hex, as brand colours mostly come, is read directly: a canvas costs a phone a few milliseconds to set up.
  const hex = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(colour)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
    return [0, 2, 4].map((at) => parseInt(full.slice(at, at + 2), 16)) as unknown as Rgb;
  }
  context ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!context || !colour) return null;
  // An invalid colour leaves fillStyle unchanged, so a sentinel tells "not a colour" apart from black.
  context.fillStyle = '#010203';
  context.fillStyle = colour;
  if (context.fillStyle === '#010203' && colour.replace(/\s/g, '').toLowerCase() !== '#010203') return null;
  context.clearRect(0, 0, 1, 1);
  context.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

/** WCAG relative luminance. */
function luminance([r, g, b]: Rgb): number {
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const hex = (rgb: Rgb) => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
const white: Rgb = [255, 255, 255];
const ink: Rgb = [17, 17, 17];

/** The readable colours for one brand on one surface. */
export function deriveTheme(brand: Rgb, surface: Rgb): { onBrand: string; brandText: string; adjusted: boolean } {
  const onBrand = contrast(brand, white) >= contrast(brand, ink) ? white : ink;
  // Move towards black on a light surface, towards white on a dark one, 5 % at a time.
  const target = luminance(surface) > 0.18 ? [0, 0, 0] : [255, 255, 255];
  let text: Rgb = brand;
  for (let step = 0; step < 20 && contrast(text, surface) < 4.5; step++) {
    text = text.map((v, i) => v + ((target[i] ?? 0) - v) * 0.1) as unknown as Rgb;
  }
  return { onBrand: hex(onBrand), brandText: hex(text), adjusted: text !== brand };
}

const sheets = new Map<string, CSSStyleSheet>();
const warned = new Set<string>();
const pending = new Map<HTMLElement, ShadowRoot>();

/**
 * Adds the derived colours to an element's shadow root. Does nothing for the default theme. Cheap: the elements
 * that connect in one task are themed together, in one microtask (still before the page is painted): their styles
 * are all read first, so the page's style is computed once for them, not once per element; and a stylesheet is
 * shared by every element with the same brand and surface.
 */
export function applyTheme(host: HTMLElement, root: ShadowRoot): void {
  if (!pending.size) queueMicrotask(applyPending);
  pending.set(host, root);
}

function applyPending(): void {
  const batch = [...pending];
  pending.clear();
  const themed = batch.map(([host, root]) => [root, themeSheet(host)] as const);
  for (const [root, sheet] of themed) {
    if (!sheet || root.adoptedStyleSheets.includes(sheet)) continue;
    const own = root.adoptedStyleSheets.filter((s) => ![...sheets.values()].includes(s));
    root.adoptedStyleSheets = [...own, sheet];
  }
}

/** The stylesheet of the derived colours for `host`, or `undefined` for the default theme. */
function themeSheet(host: HTMLElement): CSSStyleSheet | undefined {
  const style = getComputedStyle(host);
  if (!style.getPropertyValue('--padu-brand').trim() && !style.getPropertyValue('--padu-color-surface').trim()) return undefined;
  const brandValue = style.getPropertyValue('--_brand').trim();
  const surfaceValue = style.getPropertyValue('--_surface').trim();
  const key = `${brandValue}|${surfaceValue}`;
  let sheet = sheets.get(key);
  if (!sheet) {
    const brand = toRgb(brandValue);
    const surface = toRgb(surfaceValue) ?? white;
    if (!brand) return undefined;
    const { onBrand, brandText, adjusted } = deriveTheme(brand, surface);
    if (adjusted && !warned.has(key)) {
      warned.add(key);
      console.warn(
        `[padu] --padu-brand ${brandValue} on ${surfaceValue}: ${contrast(brand, surface).toFixed(2)}:1, under 4.5:1 (WCAG 2.2 AA); links and focus rings use ${brandText}.`,
      );
    }
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`@layer padu{:host{--_on-brand:${onBrand};--_brand-text:${brandText}}}`);
    sheets.set(key, sheet);
  }
  return sheet;
}
