// Padu's npm scripts run on the Node.js that `npm install` brings: the `node` package, pinned in the root
// package.json's devDependencies, puts its binary at node_modules/.bin/node, and npm puts that folder first on
// PATH for every script. So the machine's own Node only has to be one that npm 11 runs on.
//
//   node scripts/check-node.mjs            a script's guard: fails, with the fix, on a Node older than the pinned
//                                          major (a newer global Node, used outside npm, is fine)
//   node scripts/check-node.mjs --install  the preinstall guard: fails, with the fix, when the Node running npm is
//                                          older than npm 11 supports
//
// Written in syntax that old Node versions still parse, so the message is what they print.
import { readFileSync } from 'node:fs';

const npmFloor = [20, 17]; // npm 11 runs on ^20.17.0 || >=22.9.0
const pinned = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).devDependencies.node;
const pinnedMajor = Number(pinned.split('.')[0]);

function parse(version) {
  return version.replace(/^v/, '').split('.').map(Number);
}

if (process.argv.includes('--install')) {
  // npm names the Node it runs on in its user agent ("npm/11.19.1 node/v20.20.2 linux x64 …"); the `node` on
  // PATH may already be the pinned one, so it is not the one to ask.
  const agent = /\bnode\/(v[\d.]+)/.exec(process.env.npm_config_user_agent || '');
  const version = agent ? agent[1] : process.version;
  const [major, minor] = parse(version);
  if (major < npmFloor[0] || (major === npmFloor[0] && minor < npmFloor[1])) {
    console.error(
      `Padu installs with npm 11 on Node.js ${npmFloor.join('.')} or newer; npm here runs on Node.js ${version}.\n` +
        `Upgrade Node.js (for example:  nvm install 22 && nvm use 22), then run npm install again.\n` +
        `npm install then brings Node.js ${pinned} for Padu's own scripts.`,
    );
    process.exit(1);
  }
} else if (parse(process.version)[0] < pinnedMajor) {
  console.error(
    `Padu's scripts run on the Node.js ${pinned} that npm install brings (node_modules/.bin/node);\n` +
      `this is Node.js ${process.versions.node}.\n` +
      `Run npm install, then start scripts through npm (npm start, npm test, npm run …),\n` +
      `which puts node_modules/.bin first on PATH.`,
  );
  process.exit(1);
}
