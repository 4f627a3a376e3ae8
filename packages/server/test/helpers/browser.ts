// A browser as far as HTTP goes: a cookie jar (per host, with paths, as browsers keep them) and top-level
// navigation that follows redirects until it leaves the hosts it was told to follow, for single sign-on flows
// across the gateway and other origins.
export interface StoredCookie {
  name: string;
  value: string;
  path: string;
}

export class Browser {
  /** host → cookie name → cookie. */
  readonly #jar = new Map<string, Map<string, StoredCookie>>();
  /** The User-Agent it sends. */
  userAgent = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';

  cookies(url: string | URL): StoredCookie[] {
    const { hostname, pathname } = new URL(url);
    return [...(this.#jar.get(hostname)?.values() ?? [])].filter((c) => pathname === c.path || pathname.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`));
  }

  cookie(url: string | URL, name: string): string | undefined {
    return this.cookies(url).find((c) => c.name === name)?.value;
  }

  /** Stores the cookies a response sets (Max-Age=0 or an expiry in the past deletes). */
  store(url: string | URL, response: Response): void {
    const { hostname, pathname } = new URL(url);
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(/;\s*/);
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at);
      const value = pair!.slice(at + 1);
      const attr = new Map(attributes.map((a) => [a.split('=')[0]!.toLowerCase(), a.slice(a.indexOf('=') + 1)]));
      const path = attr.get('path') ?? pathname.slice(0, pathname.lastIndexOf('/') + 1) ?? '/';
      const expired = attr.get('max-age') === '0' || (attr.has('expires') && Date.parse(attr.get('expires')!) < Date.now());
      const host = this.#jar.get(hostname) ?? new Map<string, StoredCookie>();
      this.#jar.set(hostname, host);
      if (expired || value === '') host.delete(name);
      else host.set(name, { name, value, path });
    }
  }

  /** A request with this browser's cookies and User-Agent; stores what it sets. */
  async fetch(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const cookies = this.cookies(url);
    if (cookies.length > 0) headers.set('cookie', cookies.map((c) => `${c.name}=${c.value}`).join('; '));
    headers.set('user-agent', this.userAgent);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    this.store(url, response);
    return response;
  }

  /**
   * A top-level navigation: follows redirects while they stay on `follow` origins. Resolves with the last
   * response and its URL (a redirect elsewhere is not fetched: its URL is where the browser would go).
   */
  async navigate(url: string | URL, follow: string[], init: RequestInit = {}): Promise<{ url: URL; response: Response | null }> {
    let current = new URL(url);
    let request = init;
    for (let hops = 0; hops < 20; hops++) {
      if (!follow.includes(current.origin)) return { url: current, response: null };
      const response = await this.fetch(current, request);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { url: current, response };
      await response.body?.cancel();
      current = new URL(location, current);
      request = {};
    }
    throw new Error('too many redirects');
  }
}
