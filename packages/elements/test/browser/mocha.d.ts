// The few Mocha globals the browser tests use (@web/test-runner provides Mocha at run time; @types/mocha is not
// a dependency, and these are all the tests need).
type MochaCallback = () => void | Promise<unknown>;
declare function describe(title: string, suite: () => void): void;
declare function it(title: string, test: MochaCallback): void;
declare function before(hook: MochaCallback): void;
declare function after(hook: MochaCallback): void;
declare function beforeEach(hook: MochaCallback): void;
declare function afterEach(hook: MochaCallback): void;
