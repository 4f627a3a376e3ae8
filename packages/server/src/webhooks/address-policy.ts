// Where webhooks may go (server-side request forgery): an endpoint's URL is https, carries no credentials or
// fragment, and its host resolves to public unicast addresses only, never loopback, private, link-local,
// carrier-grade NAT, multicast, documentation or otherwise reserved ones, nor IPv6 forms that embed an IPv4
// address (mapped, NAT64, 6to4, Teredo). Checked when an endpoint is registered or changed, and again before every
// attempt, whose connection then goes to the very address that was checked (the host is not resolved a second
// time), so DNS rebinding cannot swap in an internal address. `allowPrivate` lifts the address rule and allows
// plain http, for tests and local demos.
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

export type Resolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

/** Why a URL or a host is refused. */
export type UrlRefusal = 'https_required' | 'credentials' | 'fragment' | 'unresolvable' | 'address_refused';

/** The system's resolver (getaddrinfo: /etc/hosts, then DNS), every address in its own order. */
export const systemResolver: Resolver = (hostname) => lookup(hostname, { all: true, order: 'verbatim' });

// Benchmarking (RFC 2544), which ipaddr.js counts as unicast but IANA marks as not globally reachable.
const EXTRA_IPV4_RANGES = [ipaddr.IPv4.parseCIDR('198.18.0.0/15')];
// Global unicast IPv6 is 2000::/3; within it, 2001::/23 holds IETF protocol assignments (Teredo, ORCHID, benchmarking).
const GLOBAL_IPV6 = ipaddr.IPv6.parseCIDR('2000::/3');
const IETF_IPV6 = ipaddr.IPv6.parseCIDR('2001::/23');

/** Whether an IP address is public unicast (see the top of this file). */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  if (parsed.range() !== 'unicast') return false;
  if (parsed.kind() === 'ipv4') return !EXTRA_IPV4_RANGES.some((range) => (parsed as ipaddr.IPv4).match(range));
  const v6 = parsed as ipaddr.IPv6;
  return v6.match(GLOBAL_IPV6) && !v6.match(IETF_IPV6);
}

/** Whether two textual IP addresses are the same (`::ffff:1.2.3.4` is `1.2.3.4`; IPv6 in any notation). */
export function sameAddress(a: string | undefined, b: string): boolean {
  if (a === undefined || !ipaddr.isValid(a) || !ipaddr.isValid(b)) return false;
  return ipaddr.process(a).toNormalizedString() === ipaddr.process(b).toNormalizedString();
}

/** The host of a parsed URL as the resolver and the socket take it (IPv6 literals without their brackets). */
export function hostOf(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}

export interface Target {
  /** The address to connect to: checked, and the only one the connection may use. */
  address: string;
  family: 4 | 6;
}

export class AddressPolicy {
  readonly allowPrivate: boolean;
  readonly #resolve: Resolver;
  readonly #timeoutMs: number;

  constructor({ allowPrivate, resolve = systemResolver, timeoutMs }: { allowPrivate: boolean; resolve?: Resolver | undefined; timeoutMs: number }) {
    this.allowPrivate = allowPrivate;
    this.#resolve = resolve;
    this.#timeoutMs = timeoutMs;
  }

  /** What is wrong with the URL itself, before any resolving; null when nothing is. */
  shapeRefusal(url: URL): UrlRefusal | null {
    if (url.protocol !== 'https:' && !(this.allowPrivate && url.protocol === 'http:')) return 'https_required';
    // Credentials in a URL end up in logs and lists; the signature is the receiver's proof.
    if (url.username || url.password) return 'credentials';
    if (url.hash) return 'fragment';
    return null;
  }

  /**
   * Resolves the URL's host and checks every address it has: one address that is not public refuses the URL
   * (a host that answers with both is not trusted with either). Returns the address to connect to.
   */
  async target(url: URL): Promise<Target | UrlRefusal> {
    const shape = this.shapeRefusal(url);
    if (shape) return shape;
    const host = hostOf(url);
    let addresses: { address: string; family: number }[];
    if (isIP(host)) {
      addresses = [{ address: host, family: isIP(host) }];
    } else {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('resolving timed out')), this.#timeoutMs);
      });
      try {
        addresses = await Promise.race([this.#resolve(host), timeout]);
      } catch {
        return 'unresolvable';
      } finally {
        clearTimeout(timer);
      }
    }
    if (addresses.length === 0) return 'unresolvable';
    if (!this.allowPrivate && !addresses.every((a) => isPublicAddress(a.address))) return 'address_refused';
    const [first] = addresses;
    return { address: first!.address, family: isIP(first!.address) === 6 ? 6 : 4 };
  }

  /** Whether a connection's remote address is one a delivery may reach (checked again once connected). */
  allows(address: string | undefined): boolean {
    return address !== undefined && (this.allowPrivate || isPublicAddress(address));
  }
}
