// A site built for a sub-path (GitHub Pages serves a project at /<repository>/) must keep every
// link, script, stylesheet, image and form under that path, or visitors get 404s.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDataPackage } from '../src/io/release.ts';
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
  // Vitest puts Vite's BASE_URL, MODE, NODE_ENV=test … into process.env; a real build has none of them.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(k)));
  const build = spawnSync(process.execPath, ['scripts/build.ts', '--data', data, '--out', out], {
    encoding: 'utf8',
    env: { ...env, LEDGER_BASE: BASE, LEDGER_SITE: SITE, ASTRO_TELEMETRY_DISABLED: '1' },
  });

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
});
