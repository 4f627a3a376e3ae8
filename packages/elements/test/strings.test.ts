// Every string in the catalogues is used: each key of the Indonesian catalogues (the shared one and each
// element's) is named (as a quoted literal) somewhere in the elements' sources, so no dead text ships to citizens'
// phones; each is in one catalogue only, and English has exactly the same keys.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { glob, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { id } from '../src/i18n/id.ts';
import { idApps } from '../src/i18n/id-apps.ts';
import { idEditor } from '../src/i18n/id-editor.ts';
import { idCatalogue } from '../src/i18n/id-catalogue.ts';
import { idAccount } from '../src/i18n/id-account.ts';
import { idFields } from '../src/i18n/id-fields.ts';
import { idForm } from '../src/i18n/id-form.ts';
import { idFormSteps } from '../src/i18n/id-form-steps.ts';
import { idLogin } from '../src/i18n/id-login.ts';
import { idTracked } from '../src/i18n/id-tracked.ts';
import { idTracker } from '../src/i18n/id-tracker.ts';
import { en } from '../src/i18n/en.ts';

const catalogues = { id, idLogin, idAccount, idTracker, idTracked, idCatalogue, idApps, idForm, idFormSteps, idFields, idEditor };

const src = fileURLToPath(new URL('../src/', import.meta.url));

describe('the string catalogues', () => {
  it('hold only strings the elements use', async () => {
    let code = '';
    for await (const file of glob('**/*.ts', { cwd: src })) {
      if (!file.startsWith('i18n/') && !file.endsWith('.test.ts')) code += await readFile(`${src}${file}`, 'utf8');
    }
    const unused = Object.values(catalogues)
      .flatMap((catalogue) => Object.keys(catalogue))
      .filter((key) => !code.includes(`'${key}'`));
    assert.deepEqual(unused, []);
  });

  // Each element brings its own Indonesian strings: a key in two of them would say two things, or one twice.
  it('name each key once, in Indonesian and in English alike', () => {
    const keys = Object.values(catalogues).flatMap((catalogue) => Object.keys(catalogue));
    assert.deepEqual(keys.filter((key, i) => keys.indexOf(key) !== i), []);
    assert.deepEqual([...keys].sort(), Object.keys(en).sort());
  });
});
