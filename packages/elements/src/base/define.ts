/**
 * Defines a custom element unless the tag is already taken. A page may load the CDN bundle and a per-component
 * entry point, or two OPD widgets may each bring a copy: the first definition wins and nothing throws.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  const existing = registry.get(tag);
  if (!existing) registry.define(tag, element);
  else if (existing !== element) console.warn(`[padu] <${tag}> is already defined by another copy of @padu/elements; keeping the first.`);
}
