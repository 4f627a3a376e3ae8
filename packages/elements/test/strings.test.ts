// Every string in the catalogues is used: each key of the Indonesian catalogues is named (as a quoted literal)
// somewhere in the elements' sources, so no dead text ships to citizens' phones. English is typed against them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { glob, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { id } from '../src/i18n/id.ts';
import { idForm } from '../src/i18n/id-form.ts';

const src = fileURLToPath(new URL('../src/', import.meta.url));

describe('the string catalogues', () => {
  it('hold only strings the elements use', async () => {
    let code = '';
    for await (const file of glob('**/*.ts', { cwd: src })) {
      if (!file.startsWith('i18n/') && !file.endsWith('.test.ts')) code += await readFile(`${src}${file}`, 'utf8');
    }
    const unused = [...Object.keys(id), ...Object.keys(idForm)].filter((key) => !code.includes(`'${key}'`));
    assert.deepEqual(unused, []);
  });
});
