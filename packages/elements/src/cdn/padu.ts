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
 * - Each tag is defined in a task of its own. Defining a tag upgrades and draws every element of it on the page; the
 *   page's elements drawn in one go would hold a slow phone's main thread for several hundred milliseconds (a long
 *   task, which delays the citizen's first tap). One tag at a time, in the order their code arrives, keeps each task
 *   short. (Another copy of the elements on the page, an npm build, say, has its definitions spread too; a page
 *   without the loader defines each tag as its module runs.)
 * - A page opened on a part of it (`?service=…#formulir`) stays on that part while the elements above it draw:
 *   the browser's scroll anchoring does it, and where there is none (Safari), `anchor.ts` (a chunk of its own).
 *
 * The page API (`configure`, `createPadu`, the status rules) is `padu-api.js`, for the pages that script Padu; an
 * element's class is what `load(tag)` resolves with.
 */
import './cloak.ts';
import { allTags, tagModules, undefinedTags } from './tags.ts';
import type { PaduTag } from './tags.ts';
import type { DefinitionScheduler, definitionScheduler } from '../base/define.ts';

const loading = new Map<PaduTag, Promise<CustomElementConstructor>>();

// `definitionScheduler` in base/define.ts: the same registered symbol, named here rather than imported so that the
// loader stays free of the chunks it loads.
const scheduler: typeof definitionScheduler = Symbol.for('padu.define') as typeof definitionScheduler;
// Each timer runs as a task of its own, in the order they were set.
(globalThis as { [scheduler]?: DefinitionScheduler })[scheduler] ??= (definition) => void setTimeout(definition);
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
// browser does it. The setting is read at the next frame, when the page's style is computed anyway; a browser
// without scroll anchoring has no value for it. (Listeners on the window for touches and wheels are passive.)
if (location.hash) {
  let moved = false;
  const inputs = ['keydown', 'pointerdown', 'wheel', 'touchstart'];
  for (const type of inputs) addEventListener(type, () => (moved = true), true);
  requestAnimationFrame(
    () =>
      getComputedStyle(document.documentElement).overflowAnchor !== 'auto' &&
      void import('./anchor.ts').then((anchor) => anchor.keepFragmentTarget(undefinedTags, inputs, () => moved)),
  );
}
void discover(document);
const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
  if (allTags.every((tag) => customElements.get(tag))) observer.disconnect();
});
observer.observe(document, { childList: true, subtree: true });
