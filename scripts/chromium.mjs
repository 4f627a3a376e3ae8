// Where Chromium is and how to start it on these machines; shared by every browser test, by Lighthouse and by the
// size report (scripts/size.mjs).
import { existsSync } from 'node:fs';

export const INSTALL_HINT =
  'Install Chromium with:  apt-get update && apt-get install -y chromium\n' +
  '(or point CHROME_PATH at a Chromium or Chrome binary).';

/** CHROME_PATH when set, else Debian's /usr/bin/chromium; `undefined` when neither exists. */
export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => path && existsSync(path));
}

/** Flags that work headless, as root, on a machine without a GPU or internet access. */
export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];

/**
 * Starts Chromium with playwright-core (a dev dependency), with these flags and `extraArgs`.
 * @param {string[]} [extraArgs]
 * @returns {Promise<import('playwright-core').Browser>}
 */
export async function launchChromium(extraArgs = []) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(`Chromium was not found.\n${INSTALL_HINT}`);
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args: [...chromiumArgs, ...extraArgs] });
}
