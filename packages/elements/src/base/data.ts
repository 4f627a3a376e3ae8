/**
 * Small shared data helpers: the OPD list every element names agencies from (fetched once per client), and the
 * rule for URLs that come from data.
 */
import type { Agency } from '@padu/sdk';
import type { PaduClient } from './client.ts';

const agencyLists = new WeakMap<PaduClient, Promise<Map<string, Agency>>>();

/**
 * Every OPD by id, in the order of their short names (as a list of OPDs shows them), fetched once per client and
 * shared by every element on it.
 */
export function agenciesOf(api: PaduClient): Promise<Map<string, Agency>> {
  let agencies = agencyLists.get(api);
  if (!agencies) {
    agencies = (async () => {
      const list: Agency[] = [];
      for await (const agency of api.agencies.list({ limit: 100 })) list.push(agency);
      // Plain letters (OPD short names): compared without setting up a locale collation, which costs a slow phone
      // tens of milliseconds on a page's first render.
      const name = (agency: Agency) => agency.shortName.toLowerCase();
      list.sort((a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
      return new Map(list.map((agency) => [agency.id, agency]));
    })();
    agencyLists.set(api, agencies);
    agencies.catch(() => agencyLists.delete(api)); // try again next time
  }
  return agencies;
}

/** `url` resolved against the page if it is http(s); anything else (`javascript:`, `data:` …) gives `undefined`. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const resolved = new URL(url, document.baseURI);
    return resolved.protocol === 'https:' || resolved.protocol === 'http:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}
