// Loads openapi/padu.yaml, the single source of truth, and lists its operations as the registrar needs them.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const contractUrl = new URL('../../../../openapi/padu.yaml', import.meta.url);

/** The subset of OpenAPI 3.1 the gateway reads; everything else is passed through untouched. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  servers?: { url: string }[];
  security?: Record<string, string[]>[];
  paths: Record<string, Record<string, unknown>>;
  components: {
    schemas: Record<string, unknown>;
    parameters?: Record<string, unknown>;
    responses?: Record<string, unknown>;
    [section: string]: unknown;
  };
}

export interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: unknown;
}

export interface MediaTypeObject {
  schema?: unknown;
}

export interface ResponseObject {
  headers?: Record<string, { schema?: unknown; required?: boolean } | { $ref: string }>;
  content?: Record<string, MediaTypeObject>;
}

export interface OperationObject {
  operationId: string;
  method: string;
  /** The contract path, e.g. `/applications/{applicationId}`. */
  path: string;
  authenticated: boolean;
  parameters: ParameterObject[];
  requestBody: { required: boolean; content: Record<string, MediaTypeObject> } | null;
  responses: Record<string, ResponseObject>;
}

export interface LoadedContract {
  /** The YAML exactly as written, served by getContract. */
  text: string;
  document: OpenApiDocument;
  operations: OperationObject[];
  /** The base path of the API, from servers[] (all of them end with it). */
  basePath: string;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/** Follows a local `$ref` (`#/components/...`) until it reaches an object that is not a reference. */
export function deref<T>(document: OpenApiDocument, value: T | { $ref: string }): T {
  let current: unknown = value;
  for (let hops = 0; hops < 20; hops++) {
    const ref = (current as { $ref?: unknown } | null)?.$ref;
    if (typeof ref !== 'string') return current as T;
    if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported: ${ref}`);
    current = ref
      .slice(2)
      .split('/')
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document);
    if (current === undefined) throw new Error(`Unresolved $ref ${ref}`);
  }
  throw new Error('Too many $ref hops');
}

function basePathOf(document: OpenApiDocument): string {
  const paths = (document.servers ?? []).map((server) => new URL(server.url).pathname.replace(/\/+$/, ''));
  const first = paths[0] ?? '';
  if (!paths.every((path) => path === first)) throw new Error('Every server URL must end with the same base path');
  return first;
}

export function loadContract(url: URL = contractUrl): LoadedContract {
  const text = readFileSync(url, 'utf8');
  const document = parse(text) as OpenApiDocument;
  if (!String(document.openapi).startsWith('3.1')) throw new Error('The gateway expects an OpenAPI 3.1 document');
  const operations: OperationObject[] = [];
  const globallySecured = (document.security ?? []).length > 0;
  for (const [path, item] of Object.entries(document.paths)) {
    const shared = (item.parameters as unknown[] | undefined) ?? [];
    for (const method of METHODS) {
      const raw = item[method] as Record<string, unknown> | undefined;
      if (!raw) continue;
      const security = raw.security as unknown[] | undefined;
      const parameters = [...shared, ...((raw.parameters as unknown[] | undefined) ?? [])].map((p) =>
        deref<ParameterObject>(document, p as ParameterObject),
      );
      const body = raw.requestBody
        ? deref<{ required?: boolean; content: Record<string, MediaTypeObject> }>(document, raw.requestBody as never)
        : null;
      const responses: Record<string, ResponseObject> = {};
      for (const [status, response] of Object.entries((raw.responses as Record<string, unknown>) ?? {})) {
        responses[status] = deref<ResponseObject>(document, response as ResponseObject);
      }
      operations.push({
        operationId: String(raw.operationId),
        method: method.toUpperCase(),
        path,
        authenticated: security ? security.length > 0 : globallySecured,
        parameters,
        requestBody: body ? { required: body.required ?? false, content: body.content } : null,
        responses,
      });
    }
  }
  return { text, document, operations, basePath: basePathOf(document) };
}
