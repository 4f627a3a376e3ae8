// Cursor pagination: `for await` over every item, or one page at a time.

/** One page of a list, as the contract returns it. */
export interface Page<T> {
  data: T[];
  /** Pass as `cursor` to get the next page; `null` on the last page. */
  nextCursor: string | null;
}

/**
 * A list call. Iterate it for every item across pages, fetched as you go
 * (`for await (const s of padu.services.list({ q }))`), or call `firstPage()` for one page (pass its
 * `nextCursor` as `cursor` to get the next).
 */
export interface PageList<T> extends AsyncIterable<T> {
  /** The first page (from `cursor`, when the query has one). */
  firstPage(): Promise<Page<T>>;
}

export function paginate<T, Q extends object>(load: (query: Q) => Promise<Page<T>>, query: Q): PageList<T> {
  return {
    firstPage: () => load(query),
    async *[Symbol.asyncIterator]() {
      for (let cursor = (query as { cursor?: string | null }).cursor; ; ) {
        const page = await load({ ...query, cursor });
        yield* page.data;
        if (!(cursor = page.nextCursor)) return;
      }
    },
  };
}
