/**
 * Language resolution across shadow roots. An element speaks the language of its own `lang`, else of the
 * nearest ancestor with `lang`, walking up through shadow hosts. One MutationObserver serves the whole page: it
 * watches `lang` attributes in the document and in every shadow root that holds a Padu element, and asks each
 * connected element to look again when any of them changes (a rare event, and the walk up is short).
 */

export interface LanguageAware {
  refreshLanguage(): void;
}

const listeners = new Set<LanguageAware>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

/** The `lang` that applies to `element`, or `null` when nothing on the way up sets one. */
export function resolveLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

export function watchLanguage(element: Element & LanguageAware): void {
  observer ??= new MutationObserver(() => listeners.forEach((listener) => listener.refreshLanguage()));
  listeners.add(element);
  let root = element.getRootNode();
  for (;;) {
    if (!observedRoots.has(root)) {
      observedRoots.add(root);
      observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    if (!(root instanceof ShadowRoot)) break;
    root = root.host.getRootNode();
  }
}

export function unwatchLanguage(element: LanguageAware): void {
  listeners.delete(element);
}
