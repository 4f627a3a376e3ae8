// What most end-to-end suites start with: the gateway as `npm start` runs it (with the CDN bundle built) and a
// Chromium, started before the suite's tests and stopped after them.
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { ensureCdnBundle } from './builds.ts';
import { startGatewayProcess } from './gateway.ts';
import type { GatewayProcess } from './gateway.ts';

export interface DemoSite {
  /** The gateway serving the demo pages (set once the suite's `before` has run). */
  readonly gateway: GatewayProcess;
  readonly browser: Browser;
}

/** Registers the suite's `before` and `after` hooks; read the fields inside tests. */
export function demoSite(env: Record<string, string> = {}): DemoSite {
  const site = {} as { gateway: GatewayProcess; browser: Browser };
  before(async () => {
    await ensureCdnBundle();
    site.gateway = await startGatewayProcess(env);
    site.browser = await launchChromium();
  });
  after(async () => {
    await site.browser?.close();
    await site.gateway?.stop();
  });
  return site;
}
