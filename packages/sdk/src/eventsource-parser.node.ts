// `#eventsource-parser` for Node running the sources (`node --conditions=source`, the tests and the gateway):
// eventsource-parser's exports also name its TypeScript under `source`, and Node does not strip types inside
// node_modules, so here its published build is loaded by path. Everywhere else (bundlers, the published package)
// `#eventsource-parser` is the package itself (see `imports` in package.json).
const entry = new URL('dist/index.js', import.meta.resolve('eventsource-parser/package.json'));
export const { createParser }: typeof import('eventsource-parser') = await import(entry.href);
