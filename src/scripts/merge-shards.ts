/**
 * Shards built separately and served side by side (scripts/assemble-shards.ts) list their
 * search indexes in /shards.json; the search page merges each into its own Pagefind instance
 * (Pagefind's multisite mergeIndex), so one search covers the whole deployment. A site built in
 * one piece ships an empty /shards.json, and nothing is merged. Call after pagefind.init().
 */
interface Mergeable {
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
}

export async function mergeShards(pagefind: Mergeable, base: string, options: Record<string, unknown> = {}): Promise<number> {
  const root = base.endsWith('/') ? base : `${base}/`;
  let manifest: { bundles?: { path: string }[] };
  try {
    const res = await fetch(`${root}shards.json`);
    if (!res.ok) return 0;
    manifest = await res.json();
  } catch {
    return 0;
  }
  const bundles = manifest.bundles ?? [];
  await Promise.all(bundles.map((b) => pagefind.mergeIndex(`${root}${b.path}`, options)));
  return bundles.length;
}
