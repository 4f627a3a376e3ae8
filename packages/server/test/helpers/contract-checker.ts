// Validates responses against openapi/padu.yaml with Ajv 2020: the status must be one the operation declares,
// declared headers that are present must match their schemas, and the body must match the schema of its media
// type. Problem bodies of responses outside any operation (404 of unknown routes, 405) check against Problem.
import assert from 'node:assert/strict';
import type { ValidateFunction } from 'ajv';
import { loadContract, deref, type OperationObject } from '../../src/contract/document.ts';
import { compileContractSchema, componentValidator, createContractAjv } from '../../src/contract/ajv.ts';
import { textReader } from '../../src/contract/parameters.ts';

const contract = loadContract();
const ajv = createContractAjv(contract.document);
const problemValidator = componentValidator(ajv, 'Problem');
const compiled = new Map<string, ValidateFunction>();

function validatorFor(key: string, schema: unknown): ValidateFunction {
  let validate = compiled.get(key);
  if (!validate) {
    validate = compileContractSchema(ajv, schema);
    compiled.set(key, validate);
  }
  return validate;
}

export const contractOperations: OperationObject[] = contract.operations;
export const contractText = contract.text;

export function operation(operationId: string): OperationObject {
  const op = contract.operations.find((o) => o.operationId === operationId);
  assert.ok(op, `no operation ${operationId} in the contract`);
  return op;
}

function mediaTypeOf(headers: Headers): string {
  return (headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase();
}

function explain(validate: ValidateFunction): string {
  return JSON.stringify(validate.errors?.slice(0, 5), null, 1);
}

/** Asserts that a problem+json body is a valid Problem with the given status. */
export function assertProblem(status: number, headers: Headers, body: unknown): void {
  assert.equal(mediaTypeOf(headers), 'application/problem+json', `status ${status} must be problem+json`);
  assert.ok(problemValidator(body), `invalid Problem: ${explain(problemValidator)}`);
  assert.equal((body as { status: number }).status, status);
  assert.match((body as { type: string }).type, /^https:\/\/padu\.kedirikota\.go\.id\/problems\/[a-z-]+$/);
  assert.equal((body as { requestId?: string }).requestId, headers.get('x-request-id'));
}

/** Asserts a response conforms to what the contract says `operationId` answers with `status`. */
export function assertConforms(operationId: string, status: number, headers: Headers, body: unknown, text: string): void {
  const op = operation(operationId);
  const response = op.responses[String(status)];
  assert.ok(response, `${operationId} does not declare status ${status} (body: ${text.slice(0, 300)})`);
  assert.ok(headers.get('x-request-id'), 'every response has X-Request-Id');

  for (const [name, declared] of Object.entries(response.headers ?? {})) {
    const header = deref<{ schema?: unknown; required?: boolean }>(contract.document, declared);
    const value = headers.get(name);
    if (value === null) {
      assert.ok(!header.required, `${operationId} ${status}: header ${name} is required`);
      continue;
    }
    // Header values are text, read as the gateway reads parameters (e.g. Retry-After as an integer).
    const read = textReader(contract.document, header.schema);
    const validate = validatorFor(`header:${operationId}:${status}:${name}`, header.schema ?? {});
    assert.ok(validate(read ? read(value) : value), `${operationId} ${status}: header ${name}: ${value}: ${explain(validate)}`);
  }

  const content = response.content;
  if (!content) {
    assert.equal(text, '', `${operationId} ${status} has no body in the contract`);
    return;
  }
  const mediaType = mediaTypeOf(headers);
  const media = content[mediaType];
  assert.ok(media, `${operationId} ${status}: content type ${mediaType} is not one of ${Object.keys(content).join(', ')}`);
  if (mediaType === 'application/problem+json') {
    assertProblem(status, headers, body);
    return;
  }
  const schema = media.schema as { format?: string; $ref?: string } | undefined;
  if (!schema || deref<{ format?: string }>(contract.document, schema).format === 'binary') return;
  const validate = validatorFor(`${operationId}:${status}:${mediaType}`, schema);
  const value = mediaType.endsWith('json') ? body : text;
  assert.ok(validate(value), `${operationId} ${status} body does not match the contract: ${explain(validate)}\n${text.slice(0, 500)}`);
}

/** Validates one value against a named component schema (e.g. SSE event data). */
export function assertSchema(name: string, value: unknown): void {
  const validate = componentValidator(ajv, name);
  assert.ok(validate(value), `${name}: ${explain(validate)}\n${JSON.stringify(value).slice(0, 400)}`);
}
