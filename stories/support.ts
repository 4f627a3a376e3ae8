/**
 * Small helpers for stories' `play` functions: reach into shadow roots, wait for a condition, fill a field.
 */
import type { PaduField } from '@padu/elements';

/** The first match of `selectors`, each one looked up inside the previous match's shadow root. */
export function deep<T extends Element = HTMLElement>(root: ParentNode, ...selectors: string[]): T {
  let node: ParentNode = root;
  let found: Element | null = null;
  for (const [index, selector] of selectors.entries()) {
    found = node.querySelector(selector);
    if (!found) throw new Error(`Not found: ${selectors.slice(0, index + 1).join(' >>> ')}`);
    node = found.shadowRoot ?? found;
  }
  return found as T;
}

/** Resolves once `check` gives something truthy (checked every 25 ms), or rejects after `timeout` ms. */
export async function until<T>(check: () => T | null | undefined | false, timeout = 5000): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      const value = check();
      if (value) return value;
    } catch {
      // not there yet
    }
    if (Date.now() - started > timeout) throw new Error(`Timed out after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Sets a Padu field's value as typing would, and waits for its validity to follow. */
export async function fill(field: PaduField, value: string): Promise<void> {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await field.updateComplete;
}
