// The subset of node:assert/strict that the isomorphic tests use, for Chromium. Strict semantics throughout.
class AssertionError extends Error {
  constructor(message) {
    super(message);
    this.name = 'AssertionError';
  }
}

const show = (value) => {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
};

function isDeepEqual(a, b) {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof RegExp) return String(a) === String(b);
  if (a instanceof Map || a instanceof Set) return isDeepEqual([...a], [...b]);
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((key) => Object.hasOwn(b, key) && isDeepEqual(a[key], b[key]));
}

function fail(message, fallback) {
  throw message instanceof Error ? message : new AssertionError(message ?? fallback);
}

function matchesExpected(error, expected) {
  if (expected === undefined) return true;
  if (expected instanceof RegExp) return expected.test(String(error?.message ?? error));
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && error instanceof expected) return true;
    if (Error.isPrototypeOf(expected) || expected === Error) return false;
    return expected(error) === true;
  }
  return Object.entries(expected).every(([key, value]) =>
    value instanceof RegExp ? value.test(error?.[key]) : isDeepEqual(error?.[key], value),
  );
}

function assert(value, message) {
  if (!value) fail(message, `Expected a truthy value, got ${show(value)}`);
}
assert.ok = assert;
assert.equal = assert.strictEqual = (actual, expected, message) => {
  if (!Object.is(actual, expected)) fail(message, `Expected ${show(actual)} to equal ${show(expected)}`);
};
assert.notEqual = assert.notStrictEqual = (actual, expected, message) => {
  if (Object.is(actual, expected)) fail(message, `Expected ${show(actual)} not to equal ${show(expected)}`);
};
assert.deepEqual = assert.deepStrictEqual = (actual, expected, message) => {
  if (!isDeepEqual(actual, expected)) fail(message, `Expected ${show(actual)} to deep-equal ${show(expected)}`);
};
assert.notDeepEqual = assert.notDeepStrictEqual = (actual, expected, message) => {
  if (isDeepEqual(actual, expected)) fail(message, `Expected ${show(actual)} not to deep-equal ${show(expected)}`);
};
assert.match = (string, regexp, message) => {
  if (!regexp.test(string)) fail(message, `Expected ${show(string)} to match ${regexp}`);
};
assert.throws = (fn, expected, message) => {
  try {
    fn();
  } catch (error) {
    if (!matchesExpected(error, expected)) fail(message, `The thrown ${show(error?.message)} is not the one expected`);
    return;
  }
  fail(typeof expected === 'string' ? expected : message, 'Expected the function to throw');
};
assert.rejects = async (promiseOrFn, expected, message) => {
  try {
    await (typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn);
  } catch (error) {
    if (!matchesExpected(error, expected)) fail(message, `The rejection ${show(error?.message)} is not the one expected`);
    return;
  }
  fail(message, 'Expected a rejection');
};
assert.AssertionError = AssertionError;

export { AssertionError };
export default assert;
