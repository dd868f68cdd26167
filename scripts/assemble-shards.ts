/**
 * node scripts/assemble-shards.ts --out SITE SHARD_DIR...
 * Puts shard outputs (each from `npm run build -- --shard CODES --out SHARD_DIR`) side by side
 * in one tree a static host can serve: every page keeps its URL, each shard's search index keeps
 * its own folder (/pagefind/ for the first shard, /pagefind-{name}/ for the others) and
 * /shards.json lists them, so the search page merges them into one search. The first shard is
 * the root: files every shard has (home page, /search/, assets) are taken from it. Two shards
 * that both have a county's page are an error (their county lists overlap).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { destinationOf, isOwnedPage, SHARD_INFO, SHARDS_MANIFEST, shardsManifest, type ShardInfo } from '../src/lib/scale/assemble.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
if (!values.out || positionals.length === 0) {
  console.error('usage: node scripts/assemble-shards.ts --out SITE SHARD_DIR...');
  process.exitCode = 2;
} else assemble(resolve(values.out), positionals.map((p) => resolve(p)));

function* files(dir: string, root = dir): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p, root);
    else yield relative(root, p).split(sep).join('/');
  }
}

function assemble(out: string, shardDirs: string[]) {
  const shards: ShardInfo[] = shardDirs.map((dir) => {
    const info = join(dir, SHARD_INFO);
    if (!existsSync(info)) throw new Error(`${dir} has no ${SHARD_INFO}: build it with npm run build -- --shard CODES --out ${dir}`);
    const own = join(dir, SHARDS_MANIFEST);
    const countyBundles = existsSync(own) ? ((JSON.parse(readFileSync(own, 'utf8')) as { counties?: Record<string, string> }).counties ?? {}) : {};
    return { name: basename(dir), counties: (JSON.parse(readFileSync(info, 'utf8')) as { counties: string[] }).counties, countyBundles };
  });
  const manifest = shardsManifest(shards);

  rmSync(out, { recursive: true, force: true });
  const owner = new Map<string, string>();
  let shared = 0;
  let differing = 0;
  shardDirs.forEach((dir, i) => {
    for (const rel of files(dir)) {
      const dest = destinationOf(rel, i, shards[i]!.name);
      if (dest === null) continue;
      const target = join(out, dest);
      if (owner.has(dest)) {
        if (isOwnedPage(dest)) throw new Error(`${dest} is in both ${owner.get(dest)} and ${shards[i]!.name}: shards must not share a county`);
        shared++;
        if (!readFileSync(target).equals(readFileSync(join(dir, rel)))) differing++;
        continue; // the root's copy stays
      }
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(join(dir, rel), target);
      owner.set(dest, shards[i]!.name);
    }
  });
  writeFileSync(join(out, SHARDS_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  console.error(
    `${out}: ${shards.length} shards (${shards.map((s) => `${s.name}: ${s.counties.length} counties`).join('; ')}), ` +
      `${owner.size} files; ${shared} shared files taken from the root ${shards[0]!.name} (${differing} differ between shards)`,
  );
}
