// Renders the files generated from openapi/padu.yaml (and the seeded services' module, scripts/seed-codegen.mjs). Shared by `npm run generate` (writes them) and the
// test that fails when the checked-in copies are out of date (compares them).
import { readFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { parse } from 'yaml';
import { renderSeedServices, seedServicesModule } from './seed-codegen.mjs';

export const contractPath = new URL('../openapi/padu.yaml', import.meta.url);
const generatedDir = new URL('../packages/contract/src/generated/', import.meta.url);

const header = (what) =>
  `// GENERATED FILE: do not edit. ${what}\n// Source: openapi/padu.yaml. Regenerate with \`npm run generate\`.\n`;

const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Blob'));
const NULL = ts.factory.createLiteralTypeNode(ts.factory.createNull());

async function renderTypes(source) {
  const ast = await openapiTS(source, {
    // Without this, every property with a default would come out as required.
    defaultNonNullable: false,
    // Binary bodies are Blobs (File in browsers, Blob or Buffer-backed Blob in Node), not strings.
    transform(schemaObject) {
      if (schemaObject.format === 'binary') {
        return schemaObject.nullable ? ts.factory.createUnionTypeNode([BLOB, NULL]) : BLOB;
      }
      return undefined;
    },
  });
  return header('TypeScript types of the Padu contract.') + '\n' + astToString(ast);
}

/** A runtime table of every operation: method, path, summary, and whether it needs a bearer token. */
function renderOperations(doc) {
  const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
  const rows = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of methods) {
      const op = item[method];
      if (!op) continue;
      const security = op.security ?? doc.security ?? [];
      rows.push(
        `  ${op.operationId}: { method: '${method.toUpperCase()}', path: '${path}', ` +
          `summary: ${JSON.stringify(op.summary)}, authenticated: ${security.length > 0} },`,
      );
    }
  }
  return (
    header('The operations of the Padu contract, as data.') +
    `\nexport const operations = {\n${rows.join('\n')}\n} as const;\n\n` +
    `export type OperationId = keyof typeof operations;\n` +
    `export const operationIds = Object.keys(operations) as OperationId[];\n` +
    `export const contractVersion = ${JSON.stringify(doc.info.version)};\n`
  );
}

/** @returns {Promise<Map<URL, string>>} each generated file's location and its expected content. */
export async function renderGeneratedFiles() {
  const text = await readFile(contractPath, 'utf8');
  const doc = parse(text, { maxAliasCount: -1 });
  return new Map([
    [new URL('openapi.ts', generatedDir), await renderTypes(text)],
    [new URL('operations.ts', generatedDir), renderOperations(doc)],
    [seedServicesModule, await renderSeedServices()],
  ]);
}
