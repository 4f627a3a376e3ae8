// Makes sure the browser tests have a Chromium before any of them starts.
// - CHROME_PATH, or Debian's /usr/bin/chromium: used as it is.
// - Neither, but this is Debian, as root, with apt-get: installs Debian's `chromium` package, saying so in one line.
// - Otherwise: stops with the one command to run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, INSTALL_HINT } from './chromium.mjs';

function canInstallWithApt() {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/etc/debian_version') &&
    spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

function aptInstallChromium() {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
    const run = spawnSync('apt-get', args, { env, encoding: 'utf8' });
    if (run.status !== 0) {
      process.stderr.write(run.stdout + run.stderr);
      return false;
    }
  }
  return true;
}

let path = findChromium();
if (!path && canInstallWithApt()) {
  console.log("browser tests: no Chromium found; installing Debian's chromium package (apt-get install chromium)…");
  if (aptInstallChromium()) path = findChromium();
}
if (!path) {
  console.error(`The browser tests need Chromium, and none was found.\n${INSTALL_HINT}`);
  process.exit(1);
}
console.log(`browser tests: Chromium at ${path}`);
