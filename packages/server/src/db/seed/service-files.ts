// The seeded services are data: one YAML file per service in packages/server/seed/services/, named after its
// id. Each is checked when loaded against the contract's `Service` schema (without `version`, which the gateway
// assigns) and by `validateFormDefinition`, the same checks as a published definition; a broken file stops the
// start with the file and the JSON pointer of every problem, instead of seeding a half-valid service.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { validateFormDefinition, type Schemas } from '@padu/contract';
import { componentValidator, createContractAjv } from '../../contract/ajv.ts';
import { loadContract } from '../../contract/document.ts';
import { agencies } from './agencies.ts';

export type SeedService = Omit<Schemas['Service'], 'version'>;

/** Where the service files are (packages/server/seed/services/). */
export const serviceFilesDir = new URL('../../../seed/services/', import.meta.url);

/** A service file that cannot be seeded: its path, and each problem with its JSON pointer. */
export class SeedFileError extends Error {
  readonly file: string;
  readonly problems: readonly { pointer: string; message: string }[];
  constructor(file: string, problems: readonly { pointer: string; message: string }[]) {
    super(`${file} is not a valid service:\n${problems.map((p) => `  ${p.pointer || '/'}: ${p.message}`).join('\n')}`);
    this.name = 'SeedFileError';
    this.file = file;
    this.problems = problems;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every `*.yaml` service of `dir`, in file-name order, each checked; throws {@link SeedFileError} at the first bad one. */
export function loadServiceFiles(dir: URL = serviceFilesDir): SeedService[] {
  const validate = componentValidator(createContractAjv(loadContract().document), 'Service');
  const agencyIds = new Set(agencies.map((agency) => agency.id));
  const names = readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort();
  return names.map((name) => {
    const file = fileURLToPath(new URL(name, dir));
    let data: unknown;
    try {
      // No aliases: a service file is plain data, and an alias bomb has no place in it.
      data = parse(readFileSync(file, 'utf8'), { uniqueKeys: true, maxAliasCount: 0 });
    } catch (error) {
      throw new SeedFileError(file, [{ pointer: '', message: `not valid YAML: ${(error as Error).message}` }]);
    }
    if (!isObject(data)) throw new SeedFileError(file, [{ pointer: '', message: 'must be a mapping (a Service without version)' }]);
    if (Object.hasOwn(data, 'version')) throw new SeedFileError(file, [{ pointer: '/version', message: 'is assigned by the gateway; remove it' }]);
    if (!validate({ ...data, version: 1 })) {
      throw new SeedFileError(file, (validate.errors ?? []).slice(0, 20).map((e) => ({ pointer: e.instancePath, message: e.message ?? e.keyword })));
    }
    const service = data as SeedService;
    if (`${service.id}.yaml` !== name) throw new SeedFileError(file, [{ pointer: '/id', message: `must match the file name (${name})` }]);
    if (!agencyIds.has(service.agencyId)) throw new SeedFileError(file, [{ pointer: '/agencyId', message: 'is not a seeded OPD' }]);
    const problems = validateFormDefinition(service.form, { basePointer: '/form', locale: 'en' });
    if (problems.length > 0) throw new SeedFileError(file, problems.map((p) => ({ pointer: p.pointer, message: `${p.code}: ${p.message}` })));
    return service;
  });
}
