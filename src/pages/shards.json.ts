/**
 * /shards.json: the other search indexes the search page merges. A site built in one piece has
 * none; scripts/assemble-shards.ts overwrites this file with the shards it puts side by side.
 * (Shipping the empty list keeps the search page from asking for a file that is not there.)
 */
export const GET = () => new Response(`${JSON.stringify({ bundles: [] }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
