/**
 * The check page in Debian's Chromium, served with the site's Content-Security-Policy: every
 * fixture of the validator's tests, given to the page as a whole package, gives exactly the lines
 * `npm run validate` prints; a single CSV and a filled template give exactly what `npm run import
 * -- FILE --check` prints; the page requests nothing but its own scripts and data, fits a 360 px
 * phone, says what to run without JavaScript, and hands back the converted file. Needs a built
 * dist/ (npm run build).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { siteWideHeaders } from '../support/headers-file.ts';
import { filesWith, VALID_DIR } from '../helpers/fixture-data.ts';
import { cases } from '../helpers/validator-cases.ts';
import { formatProblem, type Problem } from '../../src/schemas/problem.ts';

const ROOT = resolve('.');
const LATEST = 'dist/data/latest';

interface Shown {
  status: string;
  problems: string[];
  others: string[];
  downloads: string[];
}

/** A folder T with T/data = files, for running a command as `cd T && … data`, so problems say `data/…` as the page does. */
function workdir(files: Map<string, Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-check-'));
  mkdirSync(join(dir, 'data'));
  for (const [name, bytes] of files) writeFileSync(join(dir, 'data', name), bytes);
  writeFileSync(join(dir, 'data', 'CHANGELOG.md'), readFileSync(join(VALID_DIR, 'CHANGELOG.md')));
  return dir;
}

/** What `npm run validate -- data` prints, one line a problem, the folder's name taken off the location. */
function validateLines(files: Map<string, Uint8Array>): string[] {
  const dir = workdir(files);
  try {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/validate.ts'), 'data', '--format', 'json'], { cwd: dir, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });
    return (JSON.parse(r.stdout).problems as Problem[]).map((p) => formatProblem({ ...p, file: p.file.replace(/^data\//, '') }));
  } finally {
    rmSync(dir, { recursive: true });
  }
}

/** What `npm run import -- FILE --data data --check` prints for the problems (not the notes, not the CSV lines). */
function importLines(file: string, bytes: Uint8Array): string[] {
  const files = new Map(readdirSync(LATEST).filter((n) => n.endsWith('.csv')).map((n) => [n, new Uint8Array(readFileSync(join(LATEST, n)))]));
  const dir = workdir(files);
  try {
    writeFileSync(join(dir, file), bytes);
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), file, '--data', 'data', '--check'], { cwd: dir, encoding: 'utf8' });
    return r.stdout.split('\n').filter((l) => l && !l.startsWith('注意') && !l.startsWith('    →') && /: (error|warning)\[/.test(l));
  } finally {
    rmSync(dir, { recursive: true });
  }
}

describe('the check page', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    if (!existsSync('dist/check/index.html')) throw new Error('run npm run build first');
    server = await serveStatic('dist', siteWideHeaders('public/_headers'));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens the page, gives it the files, waits for the result; every request and console error is kept. */
  async function check(files: { name: string; bytes: Uint8Array }[], opts: { whole?: boolean; path?: string; width?: number; axe?: boolean } = {}) {
    // axe is injected as an inline script, which the site's policy forbids: only then is the policy bypassed
    const page = await browser.newPage({ viewport: { width: opts.width ?? 1000, height: 900 }, bypassCSP: !!opts.axe });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}${opts.path ?? '/check/'}`);
    if (opts.whole) await page.check('#check-whole');
    await page.setInputFiles('#check-files', files.map((f) => ({ name: f.name, mimeType: f.name.endsWith('.csv') ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(f.bytes) })));
    await page.waitForSelector('[data-check-results]:not([hidden]), .check-status:has-text("无法检查"), .check-status:has-text("Could not check")', { timeout: 60_000 });
    const shown: Shown = await page.evaluate(() => ({
      status: document.querySelector('[data-check-status]')!.textContent ?? '',
      problems: [...document.querySelectorAll('[data-check-results] > ol.problems > li > p.problem')].map((e) => e.textContent ?? ''),
      others: [...document.querySelectorAll('[data-check-results] details ol.problems > li > p.problem')].map((e) => e.textContent ?? ''),
      downloads: [...document.querySelectorAll('[data-check-results] .downloads a')].map((e) => e.textContent ?? ''),
    }));
    return { page, shown, requests, errors };
  }

  it.each(cases.map((c) => [c.name, c] as const))('whole package, as npm run validate: %s', async (_, c) => {
    const files = filesWith(c.overlay());
    const expected = validateLines(files);
    // the whole data folder, as a clerk drops it: its CHANGELOG.md gives the build date dates are measured against
    const folder = [...[...files].map(([name, bytes]) => ({ name, bytes })), { name: 'CHANGELOG.md', bytes: new Uint8Array(readFileSync(join(VALID_DIR, 'CHANGELOG.md'))) }];
    const { page, shown, requests, errors } = await check(folder, { whole: true });
    expect(shown.problems).toEqual(expected);
    if (!expected.length) expect(shown.status).toContain('no problems');
    // a whole package needs nothing from the site but the page's own scripts
    expect(requests.filter((r) => !r.startsWith(`GET ${server.url}/`) || r.includes('/data/latest/'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a single table file, checked against the site’s current data, as npm run import -- FILE --check', async () => {
    const csv = readFileSync(join(LATEST, 'credit_loans.csv'), 'utf8');
    const lines = csv.split('\n');
    // the amount of the first loan whose line has no quoted cell, written with a unit
    const at = lines.findIndex((l, i) => i > 0 && l && !l.includes('"'));
    const amount = lines[0]!.split(',').indexOf('amount_yuan');
    lines[at] = lines[at]!.split(',').map((c, i) => (i === amount ? `${c}万` : c)).join(',');
    const bad = new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}`);
    const expected = importLines('credit_loans.csv', bad);
    expect(expected.length).toBeGreaterThan(0);
    const { page, shown, requests, errors } = await check([{ name: 'credit_loans.csv', bytes: bad }]);
    expect([...shown.problems, ...shown.others]).toEqual(expected);
    expect(shown.problems[0]).toMatch(new RegExp(`^credit_loans\\.csv:${at + 1}:${amount + 1}: error\\[cell\\.unit-in-number\\]`));
    // only this site's own files, only GET: nothing is sent anywhere
    expect(requests.every((r) => r.startsWith(`GET ${server.url}/`))).toBe(true);
    expect(requests.some((r) => r.includes('/data/latest/villages.csv'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a village’s template filled in Excel: the bad cell named by sheet and cell, as the import says it; the clean one passes with its row counts', async () => {
    const village = readdirSync('dist/villages').find((d) => existsSync(join('dist/villages', d, 'template.xlsx')))!;
    const template = readFileSync(join('dist/villages', village, 'template.xlsx'));
    const clean = await check([{ name: `${village}.xlsx`, bytes: template }]);
    expect(clean.shown.problems).toEqual([]);
    expect(clean.shown.status).toMatch(/检查通过.*行数:.*\d/);
    expect(clean.shown.downloads.length).toBeGreaterThan(0);
    await clean.page.close();

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template as never);
    const ws = wb.getWorksheet('income_totals')!;
    ws.getCell('C3').value = '2万';
    const bad = new Uint8Array(await wb.xlsx.writeBuffer());
    const expected = importLines('filled.xlsx', bad);
    const { page, shown } = await check([{ name: 'filled.xlsx', bytes: bad }], { path: '/en/check/', width: 360, axe: true });
    expect([...shown.problems, ...shown.others]).toEqual(expected);
    expect(shown.problems[0]).toMatch(/^filled\.xlsx!income_totals!C3: error\[cell\.unit-in-number\]/);
    expect(shown.status).toBe('1 problem(s) found / 发现 1 个问题.');
    // the results, too, pass axe
    await page.addScriptTag({ content: readFileSync('node_modules/axe-core/axe.min.js', 'utf8') });
    const violations = await page.evaluate(async () => {
      const r = await (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string }[] }> } }).axe.run({ resultTypes: ['violations'] });
      return r.violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'sideways scrolling at 360 px').toBeLessThanOrEqual(0);
    await page.close();
  });

  it('hands back the file converted: UTF-8 without BOM, LF, canonical cells', async () => {
    const csv = readFileSync(join(LATEST, 'villages.csv'), 'utf8');
    const { page, shown } = await check([{ name: 'villages (1).csv', bytes: new TextEncoder().encode(`\uFEFF${csv.replaceAll('\n', '\r\n')}`) }]);
    expect(shown.problems).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-check-results] .downloads a')]);
    expect(download.suggestedFilename()).toBe('villages.csv');
    const dir = mkdtempSync(join(tmpdir(), 'ledger-dl-'));
    await download.saveAs(join(dir, 'v.csv'));
    expect(readFileSync(join(dir, 'v.csv'), 'utf8')).toBe(csv);
    rmSync(dir, { recursive: true });
    await page.close();
  });

  it('without JavaScript says what to run instead, and loads no script of its own on other pages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/check/`);
    expect(await page.isVisible('[data-check-form]')).toBe(false);
    const text = await page.textContent('[data-check-nojs]');
    expect(text).toContain('npm run validate');
    expect(text).toContain('npm run import');
    await context.close();
    const village = readdirSync('dist/villages')[0]!;
    expect(readFileSync(join('dist/villages', village, 'index.html'), 'utf8')).not.toMatch(/<script/);
    expect(readFileSync('dist/index.html', 'utf8')).not.toContain('_astro/Check');
  });
});
