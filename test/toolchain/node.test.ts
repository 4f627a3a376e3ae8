// The npm scripts run on the Node.js that `npm install` brings (the pinned `node` devDependency at
// node_modules/.bin/node), whatever Node ran the install, and the native database module loads under it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { repoRoot } from '../support/builds.ts';

const rootPackage = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
};

describe('the Node.js of the scripts', () => {
  it('is the pinned one from node_modules/.bin, pinned exactly', () => {
    const pinned = rootPackage.devDependencies.node!;
    assert.match(pinned, /^\d+\.\d+\.\d+$/, 'devDependencies.node is an exact version');
    assert.equal(process.versions.node, pinned);
    assert.equal(realpathSync(process.execPath), realpathSync(join(repoRoot, 'node_modules', 'node', 'bin', 'node')));
  });

  it('loads better-sqlite3 (its prebuilt binary, no compile at install)', () => {
    const require = createRequire(join(repoRoot, 'packages', 'server', 'package.json'));
    const Database = require('better-sqlite3') as new (path: string) => {
      prepare(sql: string): { get(): unknown };
      close(): void;
    };
    const db = new Database(':memory:');
    assert.deepEqual(db.prepare('select 1 + 1 as two').get(), { two: 2 });
    db.close();
  });
});
