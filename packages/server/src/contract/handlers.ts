// The handler of every operation, typed from the generated contract types: parameters and body in, one of the
// operation's success responses out. Errors are thrown as ProblemError. The registrar checks at start that
// every operationId of openapi/padu.yaml has one.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { operations } from '@padu/contract';
import type { Principal } from '../auth/principal.ts';

export type OperationId = keyof operations;

type Op<K extends OperationId> = operations[K];
/** `never`/`undefined` (no such parameters) becomes an empty object. */
type Part<T> = [NonNullable<T>] extends [never] ? Record<string, never> : NonNullable<T>;

export type PathParams<K extends OperationId> = Part<Op<K>['parameters']['path']>;
export type QueryParams<K extends OperationId> = Part<Op<K>['parameters']['query']>;
export type HeaderParams<K extends OperationId> = Part<Op<K>['parameters']['header']>;

type RequestBodyOf<R> = [NonNullable<R>] extends [never]
  ? undefined
  : NonNullable<R> extends { content: infer C }
    ? C[keyof C] | (undefined extends R ? undefined : never)
    : undefined;
export type RequestBody<K extends OperationId> = RequestBodyOf<Op<K>['requestBody']>;

/** Whether the contract requires a session for K (from the generated operations table). */
type IsAuthenticated<K extends OperationId> = (typeof import('@padu/contract').operations)[K]['authenticated'];

export interface Call<K extends OperationId> {
  params: PathParams<K>;
  query: QueryParams<K>;
  headers: HeaderParams<K>;
  body: RequestBody<K>;
  /** The caller; always present for operations the contract secures. */
  principal: IsAuthenticated<K> extends true ? Principal : Principal | null;
  request: FastifyRequest;
  reply: FastifyReply;
}

type Responses<K extends OperationId> = Op<K>['responses'];
type SuccessStatus<K extends OperationId> = Extract<keyof Responses<K>, 200 | 201 | 202 | 204 | 304>;
type ContentOf<R> = R extends { content: infer C } ? C[keyof C] : undefined;

/** A JSON body already serialised (e.g. cached), branded with the type it encodes. */
export type Json<T> = string & { readonly __json: T };
export function toJson<T>(value: T): Json<T> {
  return JSON.stringify(value) as Json<T>;
}

export type ResponseHeaders = Record<string, string>;

type ResultFor<S, B> = [B] extends [undefined]
  ? { status: S; headers?: ResponseHeaders }
  : [B] extends [Blob]
    ? // Binary content (downloads) is sent from a file.
      { status: S; headers?: ResponseHeaders; file: { path: string; contentType: string } }
    : { status: S; headers?: ResponseHeaders; body: B | Json<B> };

export type Result<K extends OperationId> = {
  [S in SuccessStatus<K>]: ResultFor<S, ContentOf<Responses<K>[S]>>;
}[SuccessStatus<K>];

/** Returned by handlers that took over the connection (server-sent events). */
export const STREAMED: unique symbol = Symbol('streamed');
export type Streamed = typeof STREAMED;

export type Handler<K extends OperationId> = (call: Call<K>) => Promise<Result<K> | Streamed>;

export type Handlers = { [K in OperationId]: Handler<K> };
