/**
 * A module fetched the first time it is needed: in bundles a chunk of its own, so a page that never needs it never
 * downloads it (the English strings, the contract's messages, a form's view and controls, a tracked application's
 * view, the account panel, a citizen's list of applications).
 */
export interface LazyModule<M> {
  /** The module once it has arrived, for a render that cannot wait. */
  readonly loaded: M | undefined;
  /** Fetches it, once for the page: calls share one fetch, and a failed fetch (the network) is tried again next call. */
  load(): Promise<M>;
}

/** `importer` is the `import()` itself, so that bundlers see it; what it does with the module happens once. */
export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let loading: Promise<M> | undefined;
  const lazy: { loaded: M | undefined; load(): Promise<M> } = {
    loaded: undefined,
    load: () =>
      (loading ??= importer().then(
        (module) => (lazy.loaded = module),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
  };
  return lazy;
}
