// Registers one Fastify route per operation of openapi/padu.yaml. Paths, methods, security and the request
// schemas all come from the parsed document and are compiled by Ajv 2020; nothing is restated by hand.
import { createReadStream } from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ValidateFunction } from 'ajv';
import type { LoadedContract, OperationObject, ParameterObject } from './document.ts';
import { compileContractSchema, createContractAjv } from './ajv.ts';
import { textReader, type TextReader } from './parameters.ts';
import { fieldErrorsFromAjv, parameterErrorsFromAjv } from './validation-errors.ts';
import { STREAMED, type Handlers, type OperationId, type ResponseHeaders, type Streamed } from './handlers.ts';
import { problem, validationProblem } from '../http/problems.ts';
import type { Principal } from '../auth/principal.ts';

export interface RegistrarOptions {
  contract: LoadedContract;
  handlers: Handlers;
  /** Resolves the bearer token of an operation the contract secures; throws a 401 problem. */
  authenticate(request: FastifyRequest): Promise<Principal>;
}

/** A contract path as a regular expression, to tell 404 from 405 for requests no route matched. */
export interface PathMatcher {
  pattern: RegExp;
  methods: string[];
}

/** What any handler returns, seen from the registrar (each handler's own type is checked where it is written). */
interface AnyResult {
  status: number;
  headers?: ResponseHeaders;
  body?: unknown;
  file?: { path: string; contentType: string };
}
type AnyHandler = (call: unknown) => Promise<AnyResult | Streamed>;

interface ParameterValidator {
  validate: ValidateFunction;
  /** Key in the validated object → the parameter's name in the contract (headers are matched lower-cased). */
  names: Record<string, string>;
  /** Key → how its text is read, for the parameters that are not text (integers, numbers, booleans). */
  readers: Record<string, TextReader>;
}

/** A JSON body's validators: every error (for a person to fix them all at once), or the first one only. */
interface BodyValidator {
  allErrors: ValidateFunction;
  firstError: ValidateFunction;
}

interface CompiledOperation {
  op: OperationObject;
  path: ParameterValidator | null;
  query: ParameterValidator | null;
  header: ParameterValidator | null;
  /** Request media type → body validators (null for multipart, which the handler streams). */
  bodies: Map<string, BodyValidator | null>;
  /** Response status → the media type the contract declares for it. */
  responseTypes: Map<number, string>;
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/;

/**
 * Bodies holding more values than this are checked up to their first error. Collecting every error costs time
 * per value: 1 MB of empty answers holds 550,000 of them, over a second of CPU for one request. A form a
 * person fills in holds far fewer values, and a valid body costs the same either way.
 */
export const ALL_ERRORS_MAX_VALUES = 2_000;

/** Whether a parsed JSON body holds more than `budget` values (objects, arrays and scalars), counted without recursion. */
function holdsMoreValues(body: unknown, budget: number): boolean {
  const stack: unknown[] = [body];
  let counted = 0;
  while (stack.length > 0) {
    const value = stack.pop();
    counted++;
    if (value === null || typeof value !== 'object') continue;
    // for-in stops early without copying a huge object's values first; JSON has no inherited properties.
    for (const key in value) {
      stack.push((value as Record<string, unknown>)[key]);
      if (counted + stack.length > budget) return true;
    }
  }
  return false;
}

export function mediaTypeOf(request: FastifyRequest): string | undefined {
  const header = request.headers['content-type'];
  return header ? header.split(';', 1)[0]!.trim().toLowerCase() : undefined;
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return (length !== undefined && length !== '0') || request.headers['transfer-encoding'] !== undefined;
}

/**
 * A body in a content coding (gzip, br, …) is refused before it is read (RFC 9110 §15.5.16): the gateway does
 * not decode bodies, and read as they are, compressed bytes are a JSON error at best.
 */
function refuseContentCoding(request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void): void {
  const coding = request.headers['content-encoding'];
  if (coding !== undefined && hasBody(request) && coding.split(',').some((c) => c.trim().toLowerCase() !== 'identity')) {
    return done(problem('unsupported-media-type', { detail: 'Kirim isi permintaan tanpa kompresi (Content-Encoding).' }));
  }
  done();
}

export function fastifyPath(basePath: string, contractPath: string): string {
  return basePath + contractPath.replace(/\{(\w+)\}/g, ':$1');
}

/** Throws unless the handlers table has exactly the contract's operationIds (run at start). */
export function checkHandlers(contract: LoadedContract, handlers: Partial<Handlers>): void {
  const inContract = new Set(contract.operations.map((op) => op.operationId));
  const missing = [...inContract].filter((id) => typeof handlers[id as OperationId] !== 'function');
  const extra = Object.keys(handlers).filter((id) => !inContract.has(id));
  if (missing.length || extra.length) {
    throw new Error(
      `Handlers do not match openapi/padu.yaml. Missing: ${missing.join(', ') || 'none'}. Not in the contract: ${extra.join(', ') || 'none'}.`,
    );
  }
}

export function registerContractRoutes(app: FastifyInstance, options: RegistrarOptions): PathMatcher[] {
  const { contract, handlers } = options;
  checkHandlers(contract, handlers);
  // Bodies are validated as sent; parameters arrive as text, are read strictly (parameters.ts) and defaulted.
  const bodyAjv = createContractAjv(contract.document);
  const firstErrorAjv = createContractAjv(contract.document, { firstErrorOnly: true });
  const parameterAjv = createContractAjv(contract.document, { defaults: true });

  const parameterValidator = (params: ParameterObject[], location: ParameterObject['in']): ParameterValidator | null => {
    const own = params.filter((p) => p.in === location);
    if (own.length === 0) return null;
    const key = (p: ParameterObject) => (location === 'header' ? p.name.toLowerCase() : p.name);
    const schema = {
      type: 'object',
      properties: Object.fromEntries(own.map((p) => [key(p), p.schema])),
      required: own.filter((p) => p.required || location === 'path').map(key),
    };
    const readers: Record<string, TextReader> = {};
    for (const p of own) {
      const reader = textReader(contract.document, p.schema);
      if (reader) readers[key(p)] = reader;
    }
    return {
      validate: compileContractSchema(parameterAjv, schema),
      names: Object.fromEntries(own.map((p) => [key(p), p.name])),
      readers,
    };
  };

  const matchers = new Map<string, PathMatcher>();
  for (const op of contract.operations) {
    const bodies = new Map<string, BodyValidator | null>();
    for (const [mediaType, media] of Object.entries(op.requestBody?.content ?? {})) {
      const schema = media.schema ?? {};
      bodies.set(
        mediaType,
        JSON_TYPE.test(mediaType)
          ? { allErrors: compileContractSchema(bodyAjv, schema), firstError: compileContractSchema(firstErrorAjv, schema) }
          : null,
      );
    }
    const responseTypes = new Map<number, string>();
    for (const [status, response] of Object.entries(op.responses)) {
      const first = Object.keys(response.content ?? {})[0];
      if (first) responseTypes.set(Number(status), first);
    }
    const compiled: CompiledOperation = {
      op,
      path: parameterValidator(op.parameters, 'path'),
      query: parameterValidator(op.parameters, 'query'),
      header: parameterValidator(op.parameters, 'header'),
      bodies,
      responseTypes,
    };
    const handler = handlers[op.operationId as OperationId] as unknown as AnyHandler;
    app.route({
      method: op.method as 'GET' | 'POST',
      url: fastifyPath(contract.basePath, op.path),
      // Only an operation that reads a body refuses one in a content coding; the others never read it.
      ...(op.requestBody ? { onRequest: refuseContentCoding } : {}),
      handler: (request, reply) => handle(compiled, handler, options, request, reply),
    });

    const url = contract.basePath + op.path;
    const matcher = matchers.get(url) ?? {
      pattern: new RegExp(`^${url.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+')}$`),
      methods: [],
    };
    matcher.methods.push(op.method);
    if (op.method === 'GET') matcher.methods.push('HEAD');
    matchers.set(url, matcher);
  }
  return [...matchers.values()];
}

function validateParameters(
  validator: ParameterValidator | null,
  source: unknown,
  location: 'path' | 'query' | 'header',
): Record<string, unknown> {
  if (!validator) return {};
  // A plain copy: Ajv fills defaults in place, and Fastify's objects have no prototype.
  const values: Record<string, unknown> = {};
  for (const key of Object.keys(validator.names)) {
    const value = (source as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const read = validator.readers[key];
    values[key] = read && typeof value === 'string' ? read(value) : value;
  }
  if (!validator.validate(values)) {
    const errors = parameterErrorsFromAjv(validator.validate.errors, location, validator.names);
    // The contract gives list operations 422 for bad query values, and 400 for bad paths and headers.
    if (location === 'query') throw validationProblem(errors, 'Parameter permintaan tidak valid.');
    throw problem('bad-request', {
      code: 'invalid_parameter',
      detail: 'Parameter permintaan tidak valid.',
      errors: errors.errors,
      errorCount: errors.total,
    });
  }
  // Handlers see parameters under their contract names (e.g. `Idempotency-Key`).
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [validator.names[key] ?? key, value]));
}

function validateBody(compiled: CompiledOperation, request: FastifyRequest): unknown {
  const { requestBody } = compiled.op;
  if (!requestBody) return undefined;
  const mediaType = mediaTypeOf(request);
  if (mediaType ? !compiled.bodies.has(mediaType) : hasBody(request)) {
    throw problem('unsupported-media-type', {
      detail: `Kirim isi permintaan sebagai ${[...compiled.bodies.keys()].join(' atau ')}.`,
    });
  }
  const validate = mediaType ? compiled.bodies.get(mediaType) : undefined;
  if (validate === null) return undefined; // streamed by the handler (multipart)
  // No body at all, or an empty one (the JSON parser reads "" as none).
  if (request.body === undefined) {
    if (requestBody.required) throw problem('bad-request', { detail: 'Isi permintaan wajib ada.' });
    return undefined;
  }
  if (!validate) return request.body;
  const large = holdsMoreValues(request.body, ALL_ERRORS_MAX_VALUES);
  const validator = large ? validate.firstError : validate.allErrors;
  if (!validator(request.body)) {
    throw validationProblem(
      fieldErrorsFromAjv(validator.errors),
      large ? 'Periksa kembali isian yang ditandai. Isi permintaan ini terlalu besar untuk diperiksa seluruhnya: hanya kesalahan pertama yang ditampilkan.' : undefined,
    );
  }
  return request.body;
}

async function handle(
  compiled: CompiledOperation,
  handler: AnyHandler,
  options: RegistrarOptions,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  // Who first: an anonymous caller learns nothing about a secured operation, not even validation details.
  const principal = compiled.op.authenticated ? await options.authenticate(request) : null;
  const params = validateParameters(compiled.path, request.params, 'path');
  const headers = validateParameters(compiled.header, request.headers, 'header');
  const query = validateParameters(compiled.query, request.query, 'query');
  const body = validateBody(compiled, request);

  const result = await handler({ params, query, headers, body, principal, request, reply });
  if (result === STREAMED) return reply;
  reply.code(result.status);
  if (result.headers) reply.headers(result.headers);
  if (result.file) {
    reply.type(result.file.contentType);
    return reply.send(createReadStream(result.file.path));
  }
  if (!('body' in result)) return reply.send();
  const mediaType = compiled.responseTypes.get(result.status) ?? 'application/json';
  if (JSON_TYPE.test(mediaType)) {
    reply.type(`${mediaType}; charset=utf-8`);
    // A string is JSON serialised in advance (cached representations); no JSON response is a bare string.
    return reply.send(typeof result.body === 'string' ? result.body : JSON.stringify(result.body));
  }
  reply.type(mediaType.startsWith('text/') || mediaType.endsWith('yaml') ? `${mediaType}; charset=utf-8` : mediaType);
  return reply.send(result.body);
}
