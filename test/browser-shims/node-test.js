// Lets tests written for node:test run unchanged in Chromium under @web/test-runner, whose framework is mocha.
// Only the subset the isomorphic tests use: describe/it/test and the hooks, with node:test's optional options.
const withoutOptions = (fn) => (name, optionsOrFn, maybeFn) =>
  fn(name, typeof optionsOrFn === 'function' ? optionsOrFn : maybeFn);

export const describe = withoutOptions((...args) => globalThis.describe(...args));
export const it = withoutOptions((...args) => globalThis.it(...args));
export const test = it;
export const before = (fn) => globalThis.before(fn);
export const after = (fn) => globalThis.after(fn);
export const beforeEach = (fn) => globalThis.beforeEach(fn);
export const afterEach = (fn) => globalThis.afterEach(fn);
export default it;
