/** Small indexing helpers: one pass over the rows, never a search per item. */
export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

export function indexBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T> {
  const m = new Map<K, T>();
  for (const r of rows) m.set(key(r), r);
  return m;
}

export const sum = (values: Iterable<number>): number => {
  let s = 0;
  for (const v of values) s += v;
  return s;
};

/** Compares strings by code point (deterministic, independent of the machine's locale). */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
