// A fetch answered by a function, for unit tests that need no gateway.
export type FakeHandler = (request: Request, attempt: number) => Response | Promise<Response>;

export function fakeFetch(handler: FakeHandler) {
  const requests: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request.clone());
    return handler(request, requests.length);
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

export const problem = (status: number, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ type: 'about:blank', title: `Problem ${status}`, status, ...extra }), {
    status,
    headers: { 'content-type': 'application/problem+json', 'x-request-id': `req-${status}`, ...headers },
  });

export const BASE_URL = 'https://gateway.test/api/v1';
