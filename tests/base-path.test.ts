// A site built for a sub-path (GitHub Pages serves a project at /<repository>/) must keep every
// link, script, stylesheet, image and form under that path, or visitors get 404s; the downloads it
// makes name its own permanent address (LEDGER_SITE + LEDGER_BASE), while a version frozen for
// another site is served byte for byte and no page advertises an address that fails on this host.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { withBuildLock } from './support/build-lock.ts';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { freezeRelease } from '../src/io/freeze-release.ts';
import { readReleaseFiles } from '../src/io/frozen-releases.ts';
import { writeDataPackage } from '../src/io/release.ts';
import { DEFAULT_SITE } from '../src/site/settings.ts';
import { cssUrls, escaping, htmlUrls } from './support/links.ts';

const BASE = '/ledger/';
const SITE = 'https://example.org';
const work = mkdtempSync(join(tmpdir(), 'ledger-base-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe('the link scanner', () => {
  it('finds root-relative and same-origin links outside the base, and lets the rest through', () => {
    const html = `<a href="/ledger/villages/">ok</a><a href="/villages/">bad</a><img src="${SITE}/x.png"><img srcset="/ledger/a.png 1x, /b.png 2x">
      <a href="https://github.com/o/r/edit/main/data/villages.csv">ok</a><a href="#top">ok</a><a href="../">ok</a>
      <div style="background: url('/c.png')"></div><form action="/search/"></form><meta property="og:url" content="${SITE}/ledger/">`;
    expect(escaping(htmlUrls(html), BASE, SITE).sort()).toEqual(['/b.png', '/c.png', '/search/', '/villages/', `${SITE}/x.png`]);
    expect(cssUrls('a{background:url(/ledger/a.svg)} b{background:url("/b.svg")}')).toEqual(['/ledger/a.svg', '/b.svg']);
  });
});

describe(`a build under ${BASE}`, () => {
  const data = join(work, 'data');
  const out = join(work, 'dist');
  cpSync('tests/fixtures/diff/base', data, { recursive: true });
  writeFileSync(join(data, 'CHANGELOG.md'), '# Data changelog\n\n## 1.0.0 — 2026-11-26\n\n- Fixture.\n');
  writeDataPackage(data);
  // 1.0.0 was frozen for the project's default site; 1.1.0 is not frozen yet (generated for this build)
  const FROZEN_FOR = `${DEFAULT_SITE}/`;
  freezeRelease(work, '1.0.0', { siteRoot: FROZEN_FOR });
  writeFileSync(join(data, 'CHANGELOG.md'), '# Data changelog\n\n## 1.1.0 — 2026-12-20\n\n- Fixture, again.\n\n## 1.0.0 — 2026-11-26\n\n- Fixture.\n');
  writeDataPackage(data);
  // Vitest puts Vite's BASE_URL, MODE, NODE_ENV=test … into process.env; a real build has none of them.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST|LEDGER_RELEASES_DIR)$/.test(k)));
  const build = withBuildLock(() => spawnSync(process.execPath, ['scripts/build.ts', '--data', data, '--out', out], {
    encoding: 'utf8',
    env: { ...env, LEDGER_BASE: BASE, LEDGER_SITE: SITE, ASTRO_TELEMETRY_DISABLED: '1' },
  }));

  it('builds', () => {
    expect(build.stderr + build.stdout).not.toMatch(/✗/);
    expect(build.status).toBe(0);
    expect(readdirSync(out)).toContain('index.html');
  });

  it('has no link, script, stylesheet, image or form that escapes the base path', () => {
    const all = files(out);
    const bad: string[] = [];
    let checked = 0;
    for (const f of all) {
      const text = f.endsWith('.html') ? readFileSync(f, 'utf8') : f.endsWith('.css') ? readFileSync(f, 'utf8') : null;
      if (text === null) continue;
      const urls = f.endsWith('.html') ? htmlUrls(text) : cssUrls(text);
      checked += urls.length;
      for (const u of escaping(urls, BASE, SITE)) bad.push(`${relative(out, f)}: ${u}`);
    }
    expect(bad).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });

  const HERE = `${SITE}${BASE}`; // https://example.org/ledger/
  const text = (p: string) => readFileSync(join(out, p), 'utf8');
  /** Every text inside a zip (an xlsx is one), by entry name. */
  const unzipped = (p: string) => Object.entries(unzipSync(new Uint8Array(readFileSync(join(out, p))))).map(([name, b]) => [name, new TextDecoder().decode(b)] as const);

  it('makes downloads that name the permanent address of the site as built (README, datapackage.json, workbook, zip)', () => {
    const url = `${HERE}data/v1.1.0/`;
    expect(text('data/latest/README.md')).toContain(`永久地址 / Permanent URL: <${url}>`);
    expect(text('data/latest/README.md')).toContain(`[DS/OL]. (2026-12-20)[引用日期]. ${url}.`);
    const pkg = JSON.parse(text('data/latest/datapackage.json'));
    expect([pkg.id, pkg.homepage]).toEqual([url, HERE]);
    const sheets = unzipped('data/latest/yulong-village-ledger.xlsx').map(([, t]) => t).join('\n');
    expect(sheets).toContain(url);
    const zip = unzipped('data/latest/yulong-village-ledger.zip');
    expect(zip.find(([n]) => n.endsWith('/README.md'))![1]).toContain(url);
    expect(JSON.parse(zip.find(([n]) => n.endsWith('/datapackage.json'))![1]).id).toBe(url);
    for (const [name, t] of [['README.md', text('data/latest/README.md')], ['datapackage.json', text('data/latest/datapackage.json')], ['xlsx', sheets], ...zip] as const)
      expect(t, `${name} names another site`).not.toContain(FROZEN_FOR);
  });

  it('writes CITATION.cff for the site as built (node scripts/write-citation.ts)', () => {
    const r = spawnSync(process.execPath, [resolve('scripts/write-citation.ts')], { cwd: work, encoding: 'utf8', env: { ...env, LEDGER_BASE: BASE, LEDGER_SITE: SITE } });
    expect(r.status, r.stderr).toBe(0);
    const cff = readFileSync(join(work, 'CITATION.cff'), 'utf8');
    expect(cff).toContain(`url: "${HERE}data/v1.1.0/"`);
    expect(cff).toContain(`repository-artifact: "${HERE}data/"`);
  });

  it('serves a version frozen for another site byte for byte, and its page gives the address that works here', () => {
    for (const [name, bytes] of readReleaseFiles(join(work, 'releases/v1.0.0')))
      expect(Buffer.compare(readFileSync(join(out, 'data/v1.0.0', name)), Buffer.from(bytes)), name).toBe(0);
    expect(text('data/v1.0.0/README.md')).toContain(`<${FROZEN_FOR}data/v1.0.0/>`); // as frozen: never rewritten
    for (const p of ['data/v1.0.0/index.html', 'en/data/v1.0.0/index.html']) {
      const doc = parseHTML(text(p)).document;
      const permanent = doc.querySelector('[data-testid=permanent] a')!;
      expect(permanent.textContent).toBe(`${HERE}data/v1.0.0/`);
      expect(permanent.getAttribute('href')).toBe(`${BASE}data/v1.0.0/`);
      expect(doc.querySelector('[data-testid=recorded-elsewhere]'), p).not.toBeNull();
      expect(doc.querySelector('[data-testid=cite-gbt]')!.textContent).toContain(`数据版本 1.0.0[DS/OL]. (2026-11-26)[引用日期]. ${HERE}data/v1.0.0/.`);
    }
    // the current version (1.1.0) is not frozen: the pages cite the newest frozen one, at its address here
    for (const p of ['data/index.html', 'en/data/index.html', 'data/latest/index.html']) {
      const doc = parseHTML(text(p)).document;
      expect(doc.querySelector('[data-testid=cite-gbt]')!.textContent, p).toContain(`数据版本 1.0.0[DS/OL]. (2026-11-26)[引用日期]. ${HERE}data/v1.0.0/.`);
    }
    expect(parseHTML(text('data/index.html')).document.querySelector('[data-testid=cite-target] a')!.getAttribute('href')).toBe(`${BASE}data/v1.0.0/`);
  });

  it('advertises on its pages no address that does not resolve on this host', () => {
    const bad: string[] = [];
    let checked = 0;
    for (const f of files(out).filter((x) => x.endsWith('.html'))) {
      // every absolute address in the page, in its text as in its attributes (entities decoded)
      const html = readFileSync(f, 'utf8').replace(/&(quot|#39|#x27|lt|gt);/g, ' ').replace(/&amp;/g, '&');
      for (const [u] of html.matchAll(/https?:\/\/[^\s"'<>)\]}]+/g)) {
        const url = u.replace(/[.,;:。,]+$/, '');
        if (url.startsWith(FROZEN_FOR)) {
          bad.push(`${relative(out, f)}: ${url} (the address a frozen version was made for, not this site)`);
          continue;
        }
        if (!url.startsWith(`${SITE}/`)) continue; // another site (the licence, the repository …)
        checked++;
        const path = decodeURIComponent(new URL(url).pathname);
        const file = path.startsWith(BASE) ? join(out, path.slice(BASE.length)) : null;
        if (!file || !existsSync(path.endsWith('/') ? join(file, 'index.html') : file)) bad.push(`${relative(out, f)}: ${url}`);
      }
    }
    expect(bad.slice(0, 20)).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });
});
