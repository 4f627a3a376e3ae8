/**
 * Keeps Padu tags hidden until they are defined, so a page never shows them half-drawn (no flash of unstyled
 * content while a lazy chunk loads). The rule is adopted by the document as a constructable stylesheet: a strict
 * CSP (`style-src 'self'`) refuses an injected `<style>` element but allows `document.adoptedStyleSheets`.
 *
 * It only takes effect once this module runs; for the very first paint a page puts the same rule in its own
 * stylesheet (docs/embed.md). A registered symbol keeps a second copy of the bundle from adding it again.
 */
import { undefinedTags } from './tags.ts';

const key = Symbol.for('@padu/elements.cloak');
const registry = globalThis as typeof globalThis & { [key]?: CSSStyleSheet };

if (!registry[key] && typeof CSSStyleSheet === 'function' && 'adoptedStyleSheets' in Document.prototype) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`${undefinedTags}{visibility:hidden}`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  registry[key] = sheet;
}
