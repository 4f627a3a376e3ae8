/**
 * `padu-api.js`: the page API of the CDN bundle, for pages that script Padu (an officer console, analytics, a page
 * that points the elements at another gateway). `padu.js` defines the elements; this module is what a page's own
 * script imports:
 *
 * ```js
 * import { configure, createPadu, allowedTransitions } from 'https://…/cdn/padu-api.js';
 * ```
 *
 * It shares the elements' core chunk (one Lit, one SDK, one session registry), so it costs little on a page that
 * shows elements, and nothing on a page that does not import it. An element's class is what `load(tag)` of
 * `padu.js` resolves with (or `customElements.get(tag)` once it is defined).
 */
export { configure } from '../base/client.ts';
export type { PaduClient } from '../base/client.ts';
export { PaduElement } from '../base/padu-element.ts';
export { PaduSection } from '../base/section.ts';
export { PaduField } from '../base/field.ts';
export { createPadu } from '@padu/sdk';
export { allowedTransitions, applicationStatuses, isFinal, statusLabels } from '@padu/contract';
