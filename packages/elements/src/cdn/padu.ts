/**
 * The CDN bundle's loader, `padu.js`: one `<script type="module" src=".../padu.js">` on a page, and each Padu tag
 * is defined when it first appears there. It is small; the elements are chunks next to it.
 *
 * - It looks for Padu tags once when it runs and then watches the document (a MutationObserver), so tags added
 *   later are defined too. Each tag's chunk comes with the chunks it needs (the core: Lit, the SDK, the base
 *   classes) in parallel, not one after the other. Tags inside another component's shadow root are not seen:
 *   call `discover(root)` for those.
 * - Until a tag is defined it stays hidden (`cloak.ts`). Every definition is guarded, so loading the bundle twice,
 *   or next to another version or an npm build, does not throw: the first definition of a tag wins.
 * - A `<padu-provider>` is defined before the elements, so they find its client at once.
 * - A page opened on a part of it (`?service=…#formulir`) stays on that part while the elements above it draw:
 *   the browser's scroll anchoring does it, and where there is none (Safari), `anchor.ts` (a chunk of its own).
 *
 * The page API (`configure`, `createPadu`, the status rules) is `padu-api.js`, for the pages that script Padu; an
 * element's class is what `load(tag)` resolves with.
 */
import './cloak.ts';
import { allTags, tagModules, undefinedTags } from './tags.ts';
import type { PaduTag } from './tags.ts';

const loading = new Map<PaduTag, Promise<CustomElementConstructor>>();
let providerFirst: Promise<unknown> | undefined;

/**
 * Loads (once) and defines `tag`; resolves with its class once it is defined (the first definition's, should
 * another copy have defined it). A chunk that fails to load (a flaky network) is fetched again the next time the
 * tag is asked for.
 */
export function load(tag: PaduTag): Promise<CustomElementConstructor> {
  let done = loading.get(tag);
  if (!done) {
    const start = () => tagModules[tag]().then(() => customElements.whenDefined(tag));
    const after = tag !== 'padu-provider' && providerFirst;
    done = (after ? after.then(start, start) : start()).catch((error: unknown) => {
      loading.delete(tag);
      throw error;
    });
    loading.set(tag, done);
  }
  return done;
}

const selector = allTags.join(',');

/** Loads every Padu tag found in `root` (a document, an element, or a shadow root the loader cannot see into). */
export function discover(root: ParentNode): Promise<unknown> {
  const found = new Set<PaduTag>();
  if (root instanceof Element && root.matches(selector)) found.add(root.localName as PaduTag);
  for (const element of root.querySelectorAll(selector)) found.add(element.localName as PaduTag);
  // Elements inside a provider must find its client when they upgrade: the provider goes first.
  if (found.has('padu-provider') && !customElements.get('padu-provider')) providerFirst ??= load('padu-provider');
  const loaded = [...found].map((tag) =>
    load(tag).catch((error: unknown) => console.error(`[padu] <${tag}> could not be loaded:`, error)),
  );
  return Promise.all(loaded);
}

/** Loads the application form and its field controls, e.g. for a form inside another component's shadow root. */
export function loadFormElements(): Promise<unknown> {
  return Promise.all([load('padu-service-form'), load('padu-choice')]);
}

// A link to a part of the page (`#formulir`) in a browser without scroll anchoring (Safari), or on a page that
// turned it off: keep that part in view while the elements above it draw, until the citizen moves. Elsewhere the
// browser does it. (The page's own setting is read at the next frame, when its style is computed anyway.)
if (location.hash) {
  let moved = false;
  const inputs = ['keydown', 'pointerdown', 'wheel', 'touchstart'];
  for (const type of inputs) addEventListener(type, () => (moved = true), { capture: true, passive: true, once: true });
  const keep = () =>
    void import('./anchor.ts').then(({ keepFragmentTarget }) => keepFragmentTarget(undefinedTags, inputs, () => moved));
  if (!CSS.supports('overflow-anchor', 'auto')) keep();
  else requestAnimationFrame(() => getComputedStyle(document.documentElement).overflowAnchor === 'none' && keep());
}
void discover(document);
const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
  if (allTags.every((tag) => customElements.get(tag))) observer.disconnect();
});
observer.observe(document, { childList: true, subtree: true });
