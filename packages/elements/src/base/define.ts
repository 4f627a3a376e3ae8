/** Where the CDN loader (`padu.js`) puts its scheduler, so that every copy of this module finds it. */
export const definitionScheduler = Symbol.for('padu.define');

/** Runs a tag's definition now or later: the CDN loader's spreads definitions over tasks (`cdn/padu.ts`). */
export type DefinitionScheduler = (definition: () => void) => void;

const now: DefinitionScheduler = (definition) => definition();

/**
 * Defines a custom element unless the tag is already taken. A page may load the CDN bundle and a per-component
 * entry point, or two OPD widgets may each bring a copy: the first definition wins and nothing throws.
 *
 * Without the CDN loader on the page the tag is defined at once. With it, the loader decides when.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const schedule = (globalThis as { [definitionScheduler]?: DefinitionScheduler })[definitionScheduler] ?? now;
  schedule(() => {
    const registry = globalThis.customElements;
    const existing = registry.get(tag);
    if (!existing) registry.define(tag, element);
    else if (existing !== element) console.warn(`[padu] <${tag}> is already defined by another copy of @padu/elements; keeping the first.`);
  });
}
