import { launchChromium } from './tests/support/browser.ts';
import { serveStatic } from './tests/support/static-server.ts';
const server = await serveStatic(process.argv[2]!);
const browser = await launchChromium();
const page = await browser.newPage();
await page.goto(`${server.url}/search/`);
for (const q of process.argv.slice(3)) {
  const raw = await page.evaluate(async (q) => { const pf = await import('/pagefind/pagefind.js'); await pf.options({ noWorker: true }); const r = await pf.search(q); const d = await Promise.all(r.results.slice(0, 6).map((x: any) => x.data())); return `${r.results.length}: ` + d.map((x: any) => `${x.meta.title} ${x.url}`).join(' | '); }, q);
  console.log(q, raw);
}
await browser.close(); await server.close();
