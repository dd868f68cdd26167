/**
 * Both cores: scripts/build.ts may run several Astro builds at once, each rendering a part of
 * the many pages (LEDGER_PART="i/n": every n-th village and township, starting at the i-th),
 * and merges their outputs (the pages every part renders are byte-identical). Used by the
 * getStaticPaths of the per-village and per-township pages; without LEDGER_PART, every item.
 */
export function inPart<T>(items: readonly T[], part = process.env.LEDGER_PART): T[] {
  if (!part) return [...items];
  const m = /^(\d+)\/(\d+)$/.exec(part);
  if (!m || Number(m[1]) >= Number(m[2])) throw new Error(`LEDGER_PART must be i/n with i < n, not ${part}`);
  const i = Number(m[1]);
  const n = Number(m[2]);
  return items.filter((_, k) => k % n === i);
}
