/**
 * Helpers for the elements' browser tests. They run against the real gateway that the web-test-runner config
 * starts, reached through the dev server's `/api/` proxy (same origin), with the seeded demo accounts.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { createPadu } from '@padu/sdk';
import type { Padu, PaduOptions } from '@padu/sdk';
import { defaultClient } from '../../src/base/client.ts';

export const API = '/api/v1';
export const PASSWORD = 'padu-demo-2026';
export const SITI = { nik: '3571014512900003', email: 'siti@demo.padu.id' };
export const BUDI = { nik: '3571022003850001', email: 'budi@demo.padu.id' };
/** Siti's seeded applications (see packages/server/src/db/seed/demo.ts). */
export const SEEDED = {
  verifying: 'DKC-7KQ4-M2XP',
  needsRevision: 'KBL-7KQ4-M2XP',
  completed: 'DSO-9HT3-QW8E',
  rejected: 'DPM-4XR6-N5JB',
};

// Elements wait for the page's session (`session.restore()`, one request in the page default's cookie mode) before
// they show signed-in or signed-out states. The tests look at those states, so the page's session is found first,
// as a page that has loaded would have it.
before(async () => {
  await defaultClient().session.restore();
});

/** A fresh client with its own session, so tests do not share logins by accident (restored at once: bearer mode). */
export function newClient(options: Partial<PaduOptions> = {}): Padu {
  const client = createPadu({ baseUrl: API, ...options });
  void client.session.restore();
  return client;
}

export async function loggedIn(identifier = SITI.email): Promise<Padu> {
  const client = newClient();
  await client.auth.login({ identifier, password: PASSWORD });
  return client;
}

/** The element's shadow root. */
export function shadow(element: Element): ShadowRoot {
  const root = element.shadowRoot;
  if (!root) throw new Error(`<${element.localName}> has no shadow root`);
  return root;
}

/** The first match inside `element`'s shadow root (throws when there is none). */
export function find<E extends Element = HTMLElement>(element: Element, selector: string): E {
  const found = shadow(element).querySelector<E>(selector);
  if (!found) throw new Error(`No ${selector} in <${element.localName}>`);
  return found;
}

const inline = new Set(['a', 'abbr', 'b', 'em', 'i', 'small', 'span', 'strong', 'time']);

/**
 * The rendered text of an element, through every shadow root and slot, with whitespace collapsed. Block-level
 * elements are separated by a space, inline ones are not, roughly as a reader sees them.
 */
export function textOf(node: Node): string {
  const parts: string[] = [];
  const walk = (current: Node) => {
    if (current.nodeType === Node.TEXT_NODE) parts.push(current.textContent ?? '');
    if (current instanceof HTMLSlotElement) {
      const assigned = current.assignedNodes({ flatten: true });
      (assigned.length ? assigned : [...current.childNodes]).forEach(walk);
      return;
    }
    const block = current instanceof Element && !inline.has(current.localName);
    if (block) parts.push(' ');
    const children = current instanceof Element && current.shadowRoot ? current.shadowRoot.childNodes : current.childNodes;
    children.forEach(walk);
    if (block) parts.push(' ');
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export async function press(key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await sendKeys({ press: key });
}

export async function type(text: string): Promise<void> {
  await sendKeys({ type: text });
}

/** Presses Tab until `predicate` holds for the focused element (at most `limit` times). */
export async function tabTo(predicate: (active: Element | null) => boolean, limit = 30): Promise<Element> {
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (predicate(active)) return active!;
  }
  throw new Error(`Tab did not reach the element; focus is on ${deepActiveElement()?.outerHTML.slice(0, 120)}`);
}

export async function until(predicate: () => unknown, message: string, timeout = 8000): Promise<void> {
  await waitUntil(predicate, message, { timeout, interval: 20 });
}

/** At a 320 px wide viewport, neither the page nor the element scrolls sideways. */
export async function expectNoHorizontalScroll(element: HTMLElement): Promise<void> {
  await setViewport({ width: 320, height: 640 });
  try {
    await new Promise(requestAnimationFrame);
    expect(document.documentElement.scrollWidth, 'page scroll width').to.be.at.most(320);
    const all = [element, ...deepElements(element)];
    const scrolling = all.filter((e) => e.scrollWidth > e.clientWidth + 1 && /auto|scroll/.test(getComputedStyle(e).overflowX));
    expect(scrolling.map((e) => e.localName), 'boxes that scroll sideways').to.deep.equal([]);
    const beyond = all.filter((e) => e.getBoundingClientRect().right > 321);
    expect(beyond.map((e) => `${e.localName}.${e.className}`), 'boxes beyond 320 px').to.deep.equal([]);
    expect(element.getBoundingClientRect().right, 'element right edge').to.be.at.most(320);
  } finally {
    await setViewport({ width: 800, height: 600 });
  }
}

function deepElements(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      out.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return out;
}

/** A fetch that serves one canned JSON answer for URLs matching `pattern`, and the gateway for the rest. */
export function fetchWith(pattern: RegExp, body: unknown, status = 200): typeof fetch {
  return async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (pattern.test(url)) {
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    }
    return fetch(input, init);
  };
}

/** A fetch for a network that is down. */
export const offlineFetch: typeof fetch = async () => {
  throw new TypeError('Failed to fetch');
};
