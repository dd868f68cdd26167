/**
 * Where each file of each shard goes when shards built separately are served side by side from
 * one tree (scripts/assemble-shards.ts). Pages keep their public URLs (/villages/{code}/,
 * /townships/{code}/, /counties/{code}/, and their /en/ twins): codes are unique nationwide, so
 * two shards never write the same page. Files every shard has (the home page, /search/, the
 * assets) come from the first shard, the root. Each shard's search index keeps its own folder:
 * the root's at /pagefind/, the others' at /pagefind-{name}/, listed in /shards.json for the
 * search page to merge (Pagefind's mergeIndex), with each shard's county bundles
 * (src/lib/search-bundles.ts) under its index folder. Pure.
 */
export const SHARDS_MANIFEST = 'shards.json';
export const SHARD_INFO = 'shard.json';

export interface ShardInfo {
  /** Folder-safe name of the shard (its output folder's name). */
  name: string;
  counties: string[];
  /** The shard's own county bundles (its /shards.json `counties`), paths inside the shard. */
  countyBundles?: Record<string, string>;
}

export interface ShardsManifest {
  /** The index the search page opens first. */
  primary: string;
  /** Every other shard's index, relative to the site's base, for mergeIndex. */
  bundles: { name: string; path: string; counties: string[] }[];
  /** Every shard's county bundles (src/lib/search-bundles.ts), as paths in the assembled tree. */
  counties: Record<string, string>;
  shards: ShardInfo[];
}

/** Pages that belong to one county: two shards may not both have one. */
export const isOwnedPage = (rel: string) => /^(en\/)?(villages|townships|counties)\//.test(rel);

/** The path of a shard's file in the assembled tree (null: not copied). */
export function destinationOf(rel: string, shardIndex: number, name: string): string | null {
  if (rel === SHARD_INFO || rel === SHARDS_MANIFEST) return null;
  if (shardIndex > 0 && (rel === 'pagefind' || rel.startsWith('pagefind/'))) return `pagefind-${name}${rel.slice('pagefind'.length)}`;
  return rel;
}

export function shardsManifest(shards: readonly ShardInfo[]): ShardsManifest {
  const names = new Set<string>();
  for (const s of shards) {
    if (!/^[A-Za-z0-9_-]+$/.test(s.name)) throw new Error(`shard name ${s.name}: use letters, digits, - and _`);
    if (names.has(s.name)) throw new Error(`two shards are named ${s.name}`);
    names.add(s.name);
  }
  const counties: Record<string, string> = {};
  shards.forEach((s, i) => {
    for (const [code, path] of Object.entries(s.countyBundles ?? {})) {
      if (code in counties) throw new Error(`county ${code} has a search bundle in two shards`);
      counties[code] = destinationOf(path, i, s.name) ?? path;
    }
  });
  return {
    primary: 'pagefind/',
    bundles: shards.slice(1).map((s) => ({ name: s.name, path: `pagefind-${s.name}/`, counties: s.counties })),
    counties,
    shards: shards.map(({ name, counties }) => ({ name, counties })),
  };
}
