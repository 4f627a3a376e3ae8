// The changes between two JSON documents as JSON pointers: objects by key, arrays item by item (a form's steps
// and fields are ordered; an inserted field shows as the items after it changing, which is what moved).
export interface JsonChange {
  op: 'added' | 'removed' | 'changed';
  pointer: string;
  before?: unknown;
  after?: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** Up to `limit` changes from `before` to `after`; `truncated` when there were more. */
export function diffJson(before: unknown, after: unknown, limit: number): { changes: JsonChange[]; truncated: boolean } {
  const changes: JsonChange[] = [];
  let truncated = false;
  const push = (change: JsonChange) => {
    if (changes.length === limit) truncated = true;
    else changes.push(change);
  };
  const walk = (a: unknown, b: unknown, pointer: string): void => {
    if (truncated) return;
    if (isObject(a) && isObject(b)) {
      for (const key of Object.keys(a)) {
        const at = `${pointer}/${escape(key)}`;
        if (!Object.hasOwn(b, key)) push({ op: 'removed', pointer: at, before: a[key] });
        else walk(a[key], b[key], at);
      }
      for (const key of Object.keys(b)) if (!Object.hasOwn(a, key)) push({ op: 'added', pointer: `${pointer}/${escape(key)}`, after: b[key] });
      return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      const common = Math.min(a.length, b.length);
      for (let i = 0; i < common; i++) walk(a[i], b[i], `${pointer}/${i}`);
      for (let i = common; i < a.length; i++) push({ op: 'removed', pointer: `${pointer}/${i}`, before: a[i] });
      for (let i = common; i < b.length; i++) push({ op: 'added', pointer: `${pointer}/${i}`, after: b[i] });
      return;
    }
    if (a !== b) push({ op: 'changed', pointer, before: a, after: b });
  };
  walk(before, after, '');
  return { changes, truncated };
}

