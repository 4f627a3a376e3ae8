/**
 * How an element finds its SDK client, in this order:
 * 1. its own `client` property;
 * 2. the nearest `<padu-provider>` (through @lit/context);
 * 3. the page default: the base URL given to `configure()`, else `<meta name="padu-api" content="…/api/v1">`,
 *    else `/api/v1` on the page's own origin; with `<meta name="padu-sso-client" content="<client id>">` (and
 *    optionally `padu-sso-issuer`, default the API's origin, and `padu-sso-name`, e.g. "Kota Kediri") it signs in
 *    through the gateway's single sign-on.
 *
 * The page default is the city session (`session: 'cookie'`): the gateway keeps the refresh credential in its own
 * HttpOnly cookie, so every page of every OPD site on the city's domain is signed in at once, and no refresh token
 * is ever readable by the page. A page can choose otherwise with `configure()`, e.g. the officer console's
 * `configure({ baseUrl, session: 'bearer', storage: 'session' })`, or `sso: { clientId, name }` on a site outside
 * the city's domain.
 *
 * There is one client per base URL on the page, so every element shares one session: logging in through
 * `<padu-login>` updates every other element at once. The registry lives on `globalThis` under a registered
 * symbol, so two copies of this package on one page (a CDN bundle and an npm build) still share it.
 */
import { ContextRoot, createContext } from '@lit/context';
import type { Padu, PaduCore, PaduOptions } from '@padu/sdk';
import {
  agenciesResource,
  applicationsResource,
  authResource,
  createPaduCore,
  servicesResource,
  trackingResource,
} from '@padu/sdk/core';

/**
 * What the elements use of an SDK client. A full `createPadu()` client fits; the page default is built from
 * only these resources, so uploads and the officer API stay out of the bundle.
 */
export type PaduClient = Pick<Padu, 'session' | 'auth' | 'agencies' | 'services' | 'applications' | 'tracking'>;

const cores = new WeakMap<PaduClient, PaduCore>();

/**
 * The core a page-default client was built on, so an element that needs another resource (the file input's
 * uploads) adds it on the same session and transport, and only bundles that contain that element pay for it.
 */
export function coreOf(client: PaduClient): PaduCore | undefined {
  return cores.get(client);
}

function createClient(options: PaduOptions): PaduClient {
  const city: PaduOptions = { session: 'cookie', ...options };
  const core = createPaduCore(city);
  const client: PaduClient = {
    session: core.session,
    auth: authResource(core),
    agencies: agenciesResource(core),
    services: servicesResource(core),
    applications: applicationsResource(core),
    tracking: trackingResource(core),
  };
  cores.set(client, core);
  return client;
}

/** The context `<padu-provider>` provides. The key is registered, so it matches across copies of the package. */
export const clientContext = createContext<PaduClient | undefined>(Symbol.for('@padu/elements.client'));

interface Registry {
  clients: Map<string, PaduClient>;
  baseUrl?: string;
  listeners: Set<() => void>;
  /** Whether a context root is attached to the document already. */
  rooted?: boolean;
}

const registryKey = Symbol.for('@padu/elements.registry');
const global = globalThis as typeof globalThis & { [registryKey]?: Registry };
const registry: Registry = (global[registryKey] ??= { clients: new Map(), listeners: new Set() });

// Elements may upgrade before the provider around them does; the context root replays their requests then.
if (!registry.rooted) {
  registry.rooted = true;
  new ContextRoot().attach(document.documentElement);
}

const absolute = (baseUrl: string | URL) => new URL(baseUrl, document.baseURI).href.replace(/\/+$/, '');

/** The shared client for a base URL, created on first use. */
export function clientFor(baseUrl: string | URL, options: Omit<PaduOptions, 'baseUrl'> = {}): PaduClient {
  const key = absolute(baseUrl);
  let client = registry.clients.get(key);
  if (!client) registry.clients.set(key, (client = createClient({ ...options, baseUrl: key })));
  return client;
}

/**
 * Sets the page's default gateway (instead of, or overriding, `<meta name="padu-api">`). With more than the base
 * URL (`session: 'bearer'`, `storage: 'session'`, `sso`, a custom `fetch` …) it makes a new client for that URL.
 * Elements that use the default switch to it at once.
 */
export function configure(options: PaduOptions): PaduClient {
  const { baseUrl, ...rest } = options;
  registry.baseUrl = absolute(baseUrl);
  if (Object.keys(rest).length) registry.clients.delete(registry.baseUrl);
  const client = clientFor(baseUrl, rest);
  registry.listeners.forEach((listener) => listener());
  return client;
}

/** The page's default client. */
export function defaultClient(): PaduClient {
  const baseUrl = registry.baseUrl ?? (metaContent('padu-api') || '/api/v1');
  // A site outside the city's domain declares its single sign-on client in markup, so it needs no script of its own.
  const clientId = metaContent('padu-sso-client');
  const sso = clientId && { clientId, issuer: metaContent('padu-sso-issuer') || undefined, name: metaContent('padu-sso-name') || undefined };
  return clientFor(baseUrl, sso ? { sso } : {});
}

/** The trimmed content of `<meta name="…">`, or '' without one. */
function metaContent(name: string): string {
  return document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content.trim() ?? '';
}

/** Calls `listener` whenever `configure()` changes the default; returns the unsubscribe function. */
export function onDefaultClientChange(listener: () => void): () => void {
  registry.listeners.add(listener);
  return () => registry.listeners.delete(listener);
}
