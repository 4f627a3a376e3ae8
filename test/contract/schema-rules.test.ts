// House rules for openapi/padu.yaml that the linters do not enforce on their own.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { contractPath } from '../../scripts/contract-codegen.mjs';

type Node = Record<string, unknown>;
const doc = parse(await readFile(contractPath, 'utf8'), { maxAliasCount: -1 }) as Node;

const SUBSCHEMA_KEYS = new Set(['items', 'additionalProperties', 'propertyNames', 'not', 'contains']);
const SUBSCHEMA_LIST_KEYS = new Set(['allOf', 'oneOf', 'anyOf']);
const escape = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

/** Every schema object in the document (components and inline, examples excluded), with its JSON pointer. */
function* schemas(node: unknown, pointer: string, isSchema: boolean): Generator<[string, Node]> {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return;
  const object = node as Node;
  if (isSchema) yield [pointer, object];
  for (const [key, value] of Object.entries(object)) {
    const at = `${pointer}/${escape(key)}`;
    if (key === 'example' || key === 'examples') continue;
    if (isSchema && key === 'properties') {
      for (const [name, child] of Object.entries(value as Node)) yield* schemas(child, `${at}/${escape(name)}`, true);
    } else if (isSchema && SUBSCHEMA_LIST_KEYS.has(key) && Array.isArray(value)) {
      for (const [i, child] of value.entries()) yield* schemas(child, `${at}/${i}`, true);
    } else if (pointer === '#/components/schemas') {
      yield* schemas(value, at, true);
    } else if (Array.isArray(value)) {
      for (const [i, child] of value.entries()) yield* schemas(child, `${at}/${i}`, false);
    } else {
      yield* schemas(value, at, (isSchema && SUBSCHEMA_KEYS.has(key)) || key === 'schema' || key === 'x-event-data');
    }
  }
}

/**
 * A deep copy of `node` with local `$ref`s replaced by what they point at. A recursive schema (a form field's
 * group holds form fields) is followed once: a `$ref` already being resolved further up stays a `$ref`.
 */
function resolveRefs(node: unknown, resolving: ReadonlySet<string> = new Set()): unknown {
  if (Array.isArray(node)) return node.map((item) => resolveRefs(item, resolving));
  if (!node || typeof node !== 'object') return node;
  const ref = (node as Node).$ref;
  if (typeof ref === 'string' && ref.startsWith('#/')) {
    if (resolving.has(ref)) return node;
    const target = ref.slice(2).split('/').reduce<unknown>((at, key) => (at as Node)[key.replaceAll('~1', '/').replaceAll('~0', '~')], doc);
    return resolveRefs(target, new Set([...resolving, ref]));
  }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, resolveRefs(value, resolving)]));
}

const all = [...schemas(doc, '#', false)];
const typeOf = (schema: Node) => [schema.type].flat();

describe('contract house rules', () => {
  it('finds the schemas it checks', () => {
    assert.ok(all.length > 200, `only ${all.length} schemas found`);
  });

  it('every object states additionalProperties', () => {
    const open = all.filter(([, s]) => typeOf(s).includes('object') && !('additionalProperties' in s));
    assert.deepEqual(open.map(([p]) => p), []);
  });

  it('every string has a maxLength (or is an enum or a const)', () => {
    const unbounded = all.filter(
      ([, s]) => typeOf(s).includes('string') && !('maxLength' in s) && !('enum' in s) && !('const' in s),
    );
    assert.deepEqual(unbounded.map(([p]) => p), []);
  });

  it('every operation has an operationId, a summary, a 4xx problem response and an example', () => {
    const missing: string[] = [];
    for (const [path, item] of Object.entries(doc.paths as Node)) {
      for (const [method, op] of Object.entries(item as Record<string, Node>)) {
        const where = `${method.toUpperCase()} ${path}`;
        if (!op.operationId) missing.push(`${where}: operationId`);
        if (!op.summary) missing.push(`${where}: summary`);
        const responses = Object.keys(op.responses as Node);
        if (!responses.some((code) => code.startsWith('4'))) missing.push(`${where}: 4xx response`);
        const ownParts = [op.parameters, op.requestBody, Object.values(op.responses as Node).filter((r) => !('$ref' in (r as Node)))];
        const hasExample = JSON.stringify(resolveRefs(ownParts)).includes('"example');
        if (!hasExample) missing.push(`${where}: example`);
      }
    }
    assert.deepEqual(missing, []);
  });
});
