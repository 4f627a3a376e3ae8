// Renders packages/server/src/db/seed/services.generated.ts from the seeded services' YAML files, for code that
// cannot read files: the Storybook fixtures and browser tests import the services through `@padu/server/seed-data`.
// The gateway itself reads and validates the YAML files (packages/server/src/db/seed/service-files.ts).
import { readdir, readFile } from 'node:fs/promises';
import { parse } from 'yaml';

export const seedServicesDir = new URL('../packages/server/seed/services/', import.meta.url);
export const seedServicesModule = new URL('../packages/server/src/db/seed/services.generated.ts', import.meta.url);

/** @returns {Promise<string>} the module: every service file in file-name order, as typed data. */
export async function renderSeedServices() {
  const names = (await readdir(seedServicesDir)).filter((name) => name.endsWith('.yaml')).sort();
  const services = [];
  for (const name of names) services.push(parse(await readFile(new URL(name, seedServicesDir), 'utf8')));
  return (
    '// GENERATED FILE: do not edit. The seeded services, as data for code that cannot read files.\n' +
    '// Source: packages/server/seed/services/*.yaml. Regenerate with `npm run generate`.\n' +
    "import type { Schemas } from '@padu/contract';\n\n" +
    "export const services: Omit<Schemas['Service'], 'version'>[] = " +
    JSON.stringify(services, null, 2) +
    ';\n'
  );
}
