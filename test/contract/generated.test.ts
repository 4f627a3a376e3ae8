// The generated files in packages/contract/src/generated must match what openapi/padu.yaml generates today.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderGeneratedFiles } from '../../scripts/contract-codegen.mjs';

describe('generated contract files', () => {
  it('are up to date with openapi/padu.yaml (run `npm run generate` if not)', async () => {
    for (const [url, expected] of await renderGeneratedFiles()) {
      const actual = await readFile(url, 'utf8').catch(() => '');
      assert.ok(actual === expected, `${fileURLToPath(url)} is out of date: run \`npm run generate\``);
    }
  });
});
