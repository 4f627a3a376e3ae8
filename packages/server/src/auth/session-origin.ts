// Where a session starts: the kind of client, the site it started on and a coarse device label. Only the label
// is kept (e.g. `Chrome (Android)`), never the User-Agent itself, which identifies a device far more precisely
// than a citizen needs to recognise it in "Perangkat aktif".
import Bowser from 'bowser';
import type { FastifyRequest } from 'fastify';
import type { SessionFamilyTable } from '../db/schema.ts';

export interface SessionOrigin {
  kind: SessionFamilyTable['kind'];
  /** The origin it started on, `API`, or an OIDC client's name. */
  site: string;
  device: string | null;
}

/** Names bowser reports are short words; anything else is not shown. */
const NAME = /^[\p{L}\p{N} .'-]{1,30}$/u;

/** A coarse label of the browser and system in a User-Agent, or null when it names neither. */
export function deviceLabel(userAgent: string | undefined): string | null {
  if (!userAgent || userAgent.length > 1000) return null;
  let browser = '';
  let os = '';
  try {
    const parser = Bowser.getParser(userAgent);
    browser = parser.getBrowserName();
    os = parser.getOSName();
  } catch {
    return null;
  }
  const known = (name: string) => (NAME.test(name) ? name : '');
  browser = known(browser);
  os = known(os);
  if (browser && os) return `${browser} (${os})`;
  return browser || os || null;
}

/** A session started by this request: on the site of its Origin, or `API` for a client that sends none. */
export function sessionOriginOf(request: FastifyRequest): SessionOrigin {
  const origin = request.headers.origin;
  const device = deviceLabel(request.headers['user-agent']);
  if (origin && origin !== 'null' && /^https?:\/\/[^/\s]{1,200}$/.test(origin)) return { kind: 'site', site: origin, device };
  return { kind: 'api', site: 'API', device };
}
