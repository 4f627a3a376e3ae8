// Builders for the shapes most resource methods share, so a resource is a list of its operations.
import type { PaduCore } from '../client.ts';
import type { Call } from '../transport.ts';
import { paginate, type Page, type PageList } from '../pagination.ts';
import type { OperationId, PathParams, Query, RequestBody, RequestOptions, Result } from '../types.ts';

/** The type of an operation's (single) path parameter. */
export type Id<K extends OperationId> = PathParams<K>[keyof PathParams<K>] & string;
type Item<K extends OperationId> = Result<K> extends Page<infer T> ? T : never;
/** The body, optional when every field of it is. */
type BodyArgs<K extends OperationId> = {} extends RequestBody<K>
  ? [body?: RequestBody<K>, options?: RequestOptions]
  : [body: RequestBody<K>, options?: RequestOptions];

/** `path/{id}`, with the id escaped. */
export const pathOf = (path: string, id: string) => `${path}/${encodeURIComponent(id)}`;

/** `list(query?, options?)`: every item of a paginated GET of `path`. */
export const listMethod =
  <K extends OperationId>({ call }: PaduCore, path: string, auth?: boolean) =>
  (query = {} as Query<K>, options?: RequestOptions): PageList<Item<K>> =>
    paginate((page) => call<Page<Item<K>>>({ path, auth, searchParams: page as Call['searchParams'], ...options }), query);

/** `get(id, options?)`: a GET of `path/{id}`. */
export const getMethod =
  <K extends OperationId>({ call }: PaduCore, path: string, auth?: boolean) =>
  (id: Id<K>, options?: RequestOptions) =>
    call<Result<K>>({ path: pathOf(path, id), auth, ...options });

/** `action(id, body, options?)`: an authenticated POST of `body` to `path/{id}/action`. */
export const actionMethod =
  <K extends OperationId>({ call }: PaduCore, path: string, action: string) =>
  (id: Id<K>, ...[json = {} as RequestBody<K>, options]: BodyArgs<K>) =>
    call<Result<K>>({ method: 'POST', path: `${pathOf(path, id)}/${action}`, auth: true, json, ...options });
