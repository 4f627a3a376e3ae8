// Keyset pagination: "rows after this key" for an ordering over several expressions, in plain SQL that every
// database speaks: (k1 > v1) or (k1 = v1 and k2 > v2) or ...
import { sql, type RawBuilder } from 'kysely';

export interface SortKey {
  expr: RawBuilder<unknown>;
  desc?: boolean;
}

export function keysetAfter(keys: readonly SortKey[], values: readonly unknown[]): RawBuilder<boolean> {
  const alternatives = keys.map((key, i) => {
    const equal = keys.slice(0, i).map((k, j) => sql`${k.expr} = ${values[j]}`);
    const beyond = key.desc ? sql`${key.expr} < ${values[i]}` : sql`${key.expr} > ${values[i]}`;
    return sql`(${sql.join([...equal, beyond], sql` and `)})`;
  });
  return sql<boolean>`(${sql.join(alternatives, sql` or `)})`;
}
