// Ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1) loaded with the contract's component schemas. The
// gateway validates requests with it and the tests validate every response with it: same schemas, no copies.
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import type { OpenApiDocument } from './document.ts';

export const CONTRACT_SCHEMA_ID = 'padu:contract';

export interface ContractAjvOptions {
  /** Fill in the schemas' defaults (for parameters). Types are never coerced: see parameters.ts. */
  defaults?: boolean;
  /** Stop at the first error instead of collecting all of them. */
  firstErrorOnly?: boolean;
}

const INT32 = 2 ** 31;

export function createContractAjv(document: OpenApiDocument, options: ContractAjvOptions = {}): Ajv2020 {
  const ajv = new Ajv2020({
    // Strict about unknown keywords, formats and types, so a slip in the contract fails at start. OpenAPI 3.1
    // writes nullable values as type arrays (`[string, 'null']`), hence allowUnionTypes.
    strict: true,
    allowUnionTypes: true,
    allErrors: !options.firstErrorOnly,
    coerceTypes: false,
    useDefaults: options.defaults ? true : false,
  });
  // ajv-formats is CommonJS: its default import is the module, whose `default` is the plugin.
  formats.default(ajv);
  // OpenAPI's own formats and annotation keywords.
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -INT32 && n < INT32 });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isSafeInteger(n) });
  ajv.addFormat('password', true);
  ajv.addFormat('binary', true);
  // `components` is the root of the document we register; `example` is OpenAPI's annotation.
  ajv.addVocabulary(['example', 'components']);
  ajv.addSchema({ $id: CONTRACT_SCHEMA_ID, components: { schemas: document.components.schemas } });
  return ajv;
}

/** Rewrites local `#/components/schemas/...` references so that a schema taken from the document compiles alone. */
export function anchorRefs(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(anchorRefs);
  if (schema && typeof schema === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(schema)) {
      out[key] = key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? CONTRACT_SCHEMA_ID + value : anchorRefs(value);
    }
    return out;
  }
  return schema;
}

/** Compiles a schema taken from anywhere in the contract (its $refs anchored to the component schemas). */
export function compileContractSchema(ajv: Ajv2020, schema: unknown): ValidateFunction {
  return ajv.compile(anchorRefs(schema) as object);
}

/** The validator of one named component schema, e.g. `Problem`. */
export function componentValidator(ajv: Ajv2020, name: string): ValidateFunction {
  const validate = ajv.getSchema(`${CONTRACT_SCHEMA_ID}#/components/schemas/${name}`);
  if (!validate) throw new Error(`No component schema named ${name}`);
  return validate;
}
