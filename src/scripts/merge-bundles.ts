/**
 * Every search index of the deployment, merged into the page's one Pagefind search (Pagefind's
 * multisite mergeIndex), as /shards.json lists them:
 *   - `bundles`: the root indexes of other shards built separately and served side by side
 *     (scripts/assemble-shards.ts), merged at once;
 *   - `counties`: the county bundles of an index split by county (src/lib/search-bundles.ts),
 *     merged only when a query needs them, so a first search loads a few small files instead of
 *     the metadata of every village page of a province.
 * A site of one county ships `{ "bundles": [], "counties": {} }` and nothing is merged.
 */
interface Mergeable {
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
}

export interface Manifest {
  bundles: { path: string }[];
  counties: Record<string, string>;
}

export class Bundles {
  private readonly merged = new Set<string>();
  private readonly pagefind: Mergeable;
  private readonly root: string;
  private readonly options: Record<string, unknown>;
  readonly manifest: Manifest;

  private constructor(pagefind: Mergeable, root: string, options: Record<string, unknown>, manifest: Manifest) {
    this.pagefind = pagefind;
    this.root = root;
    this.options = options;
    this.manifest = manifest;
  }

  /** Reads /shards.json (none: nothing to merge) and merges the other shards' root indexes. Call after pagefind.init(). */
  static async open(pagefind: Mergeable, base: string, options: Record<string, unknown> = {}): Promise<Bundles> {
    const root = base.endsWith('/') ? base : `${base}/`;
    let manifest: Manifest = { bundles: [], counties: {} };
    try {
      const res = await fetch(`${root}shards.json`);
      if (res.ok) {
        const m = (await res.json()) as Partial<Manifest>;
        manifest = { bundles: m.bundles ?? [], counties: m.counties ?? {} };
      }
    } catch {
      // no manifest: one index
    }
    const b = new Bundles(pagefind, root, options, manifest);
    await Promise.all(manifest.bundles.map((x) => pagefind.mergeIndex(`${root}${x.path}`, options)));
    return b;
  }

  /** Whether the index is split by county (some county bundles exist). */
  get split(): boolean {
    return Object.keys(this.manifest.counties).length > 0;
  }

  /** County codes whose bundles are not merged yet. */
  unmerged(): string[] {
    return Object.keys(this.manifest.counties).filter((c) => !this.merged.has(c));
  }

  /** Merges these counties' bundles (those not merged yet); returns how many were added. */
  async merge(codes: readonly string[]): Promise<number> {
    const todo = codes.filter((c) => c in this.manifest.counties && !this.merged.has(c));
    for (const c of todo) this.merged.add(c);
    await Promise.all(todo.map((c) => this.pagefind.mergeIndex(`${this.root}${this.manifest.counties[c]}`, this.options)));
    return todo.length;
  }
}
