// Fails with the fix when no Chromium is installed, before a browser test runner fails less clearly.
import { findChromium, INSTALL_HINT } from './chromium.mjs';

const path = findChromium();
if (!path) {
  console.error(`The browser tests need Chromium, and none was found.\n${INSTALL_HINT}`);
  process.exit(1);
}
console.log(`browser tests: Chromium at ${path}`);
