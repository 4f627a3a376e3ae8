/**
 * Where the browser has no scroll anchoring (Safari), or the page turned it off: keeps the element the URL's
 * fragment names (`#formulir` of a catalogue link) where the fragment scroll put it, while the page settles. The
 * browser scrolls to the fragment as soon as the page is parsed; the Padu elements above it draw later and grow
 * as their data arrives, which would push it out of view (a citizen on a slow phone reading the wrong section).
 * Elsewhere the browser's scroll anchoring keeps it, once the page has reserved the height of what the link lands
 * on (docs/embed.md); the loader imports this module only when it is needed.
 *
 * Each time the layout changes, before it is painted (a ResizeObserver on the root element), the page scrolls so
 * that the target is back at its place (`scrollIntoView`, which honours `scroll-margin-top`). It lets go for good
 * at the citizen's first own move (a key, a tap, a click, a wheel, a scroll of their own), or once the page has
 * kept still for a while with every Padu tag defined and no Padu element loading (the elements list themselves
 * while they load, in a set shared under a registered symbol: `base/section.ts`).
 */
/** How long the layout must keep still before the target is let go, in ms. */
const QUIET = 1500;

const offset = (element: Element) =>
  element.getBoundingClientRect().top - (parseFloat(getComputedStyle(element).scrollMarginTop) || 0);

/**
 * Whether `target` is where a fragment scroll puts it: at its place, or below it only because the page cannot
 * scroll further yet.
 */
const inPlace = (target: Element) => {
  const away = offset(target);
  return Math.abs(away) < 1 || (away > 0 && scrollY >= document.documentElement.scrollHeight - innerHeight - 1);
};

/**
 * Keeps the fragment's target in view until the citizen moves (one of the events `inputs`), or until the page has
 * settled: `undefinedTags` (a selector) matches nothing and no Padu element is loading. `moved` says whether the
 * citizen has moved since the page opened (the loader listens from its start, before this module arrives).
 */
export function keepFragmentTarget(undefinedTags: string, inputs: readonly string[], moved: () => boolean): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  const navigation = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  // Only after following a link: on a reload or "back" the browser puts the citizen back where they were.
  if (!target || navigation?.type !== 'navigate' || moved() || typeof ResizeObserver !== 'function') return;
  const registry = globalThis as { [key: symbol]: Set<Element> | undefined };
  const loadingElements = () => registry[Symbol.for('@padu/elements.loading')];
  let lastY = scrollY;
  let quiet: ReturnType<typeof setTimeout> | undefined;

  const stop = () => {
    observer.disconnect();
    clearTimeout(quiet);
    removeEventListener('scroll', onScroll);
    for (const type of inputs) removeEventListener(type, stop, true);
  };
  const settle = () => {
    clearTimeout(quiet);
    quiet = setTimeout(() => (loadingElements()?.size || document.querySelector(undefinedTags) ? settle() : stop()), QUIET);
  };
  const observer = new ResizeObserver(() => {
    if (!inPlace(target)) target.scrollIntoView({ block: 'start', inline: 'nearest' });
    lastY = scrollY;
    settle();
  });
  // A scroll that moved the page away from the target, when nothing of ours did: the citizen's (or their
  // screen reader's). The browser's own fragment scroll lands on the target, so it is not one.
  const onScroll = () => {
    if (Math.abs(scrollY - lastY) >= 1 && !inPlace(target)) stop();
    else lastY = scrollY;
  };
  observer.observe(document.documentElement);
  addEventListener('scroll', onScroll, { passive: true });
  for (const type of inputs) addEventListener(type, stop, { capture: true, passive: true });
}
