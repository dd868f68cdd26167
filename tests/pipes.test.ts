/**
 * Nothing is lost in a pipe: the real commands run as child processes whose stdout is read slowly
 * (as `| cat`, `| less` or the GitHub runner read it), and everything they wrote arrives. A
 * process that calls process.exit() while a write to a pipe is still queued loses the rest: the
 * JSON was cut at 65,536 bytes and the workflow annotations never reached the runner.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dirWith, validText } from './helpers/fixture-data.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Reads a stream as `sleep 1; cat` would: nothing for a while (the writer fills the pipe and has
 * to wait), then a chunk at a time with a pause between chunks.
 */
async function slowRead(stream: Readable, delayMs = 20, startMs = 1000): Promise<string> {
  const chunks: Buffer[] = [];
  // the reader is there from the start, asking for its first chunk (Node drains and drops the
  // output nobody listens to when a child exits), but takes nothing more for a while
  const reader = stream[Symbol.asyncIterator]();
  const first = reader.next();
  await sleep(startMs);
  for (let r = await first; !r.done; r = await reader.next()) {
    chunks.push(r.value as Buffer);
    await sleep(delayMs);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Runs `node args` with stdout and stderr piped and read slowly; resolves with both and the exit code. */
async function runPiped(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GITHUB_ACTIONS: '', ...env } });
  const [stdout, stderr, code] = await Promise.all([
    slowRead(child.stdout),
    slowRead(child.stderr),
    new Promise<number | null>((done) => child.on('close', (c) => done(c))),
  ]);
  return { stdout, stderr, code };
}

/** A package with 2,000 bad amounts: far more than a pipe's 64 KiB of problems. */
const BAD_ROWS = 2000;
let dir: string;
beforeAll(() => {
  const rows = Array.from({ length: BAD_ROWS }, (_, i) => `530721102211,2017,产业带动,${i + 1}万,SYN,`).join('\n');
  dir = dirWith({ 'collective_income.csv': `${validText('collective_income.csv')}${rows}\n` });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run validate through a slow pipe', () => {
  it('--format json: the whole document arrives and parses', async () => {
    const r = await runPiped(['scripts/validate.ts', dir, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout.length).toBeGreaterThan(65_536 * 2);
    const doc = JSON.parse(r.stdout) as { errors: number; problems: { code: string }[] };
    expect(doc.problems.filter((p) => p.code === 'cell.unit-in-number')).toHaveLength(BAD_ROWS);
    expect(doc.errors).toBe(doc.problems.length);
  });

  it('text: every problem line and the summary arrive', async () => {
    const r = await runPiped(['scripts/validate.ts', dir]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.includes('error[cell.unit-in-number]'))).toHaveLength(BAD_ROWS);
    expect(r.stderr).toMatch(/\d+ error\(s\)/);
  });

  it('GITHUB_ACTIONS=true: every annotation reaches the runner, on stdout and (with --format json) on stderr', async () => {
    const text = await runPiped(['scripts/validate.ts', dir], { GITHUB_ACTIONS: 'true' });
    const annotations = text.stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(annotations.filter((l) => l.includes('title=cell.unit-in-number'))).toHaveLength(BAD_ROWS);
    const json = await runPiped(['scripts/validate.ts', dir, '--format', 'json'], { GITHUB_ACTIONS: 'true' });
    const doc = JSON.parse(json.stdout) as { problems: unknown[] };
    expect(json.stderr.split('\n').filter((l) => l.startsWith('::'))).toHaveLength(doc.problems.length);
  });

  it('npm run build stops at the validation with every problem and its own last line delivered', async () => {
    const r = await runPiped(['scripts/build.ts', '--data', dir, '--out', join(dir, 'never-built')]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter((l) => l.includes('error[cell.unit-in-number]'))).toHaveLength(BAD_ROWS);
    expect(r.stderr).toContain('✗ validate data / 检查数据 failed / 失败');
    expect(existsSync(join(dir, 'never-built'))).toBe(false);
  });

  it('a usage error exits 2 with its message', async () => {
    const r = await runPiped(['scripts/validate.ts', dir, '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage: npm run validate');
  });
});

describe('the output check through a slow pipe', () => {
  it('lists every personal number it finds, then fails', async () => {
    const site = mkdtempSync(join(tmpdir(), 'ledger-pipes-check-'));
    try {
      const MANY = 3000;
      const numbers = Array.from({ length: MANY }, (_, i) => `<li>联系 138${String(10000000 + i).slice(-8)}</li>`).join('\n');
      writeFileSync(join(site, 'index.html'), `<!doctype html><html lang="zh-CN"><body><ul>${numbers}</ul></body></html>\n`);
      const r = await runPiped(['scripts/check-output.ts', '--site', site]);
      expect(r.code).toBe(1);
      expect(r.stderr.split('\n').filter((l) => /^index\.html:\d+:\d+: phone 138\*{4}\d{4}$/.test(l))).toHaveLength(MANY);
      expect(r.stderr).toContain(`✗ ${MANY} 个个人号码出现在生成的网站中`);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});

/**
 * A built site of two counties whose village pages mark many records: the county bundles are
 * indexed in child processes, whose list of record keys (here well over 64 KiB) used to come back
 * on their stdout and be cut short, so the build failed with `✗ index search failed`.
 */
/** Long element ids: more bytes of record keys per record indexed. */
const LONG = 'record-with-a-long-id-'.repeat(6);

function manyRecordsSite(villagesPerCounty: number, recordsPerVillage: number): string {
  const site = mkdtempSync(join(tmpdir(), 'ledger-pipes-site-'));
  const page = (title: string, body: string) =>
    `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1>${body}</main></body></html>\n`;
  writeFileSync(join(site, 'index.html'), page('全省', '<p>村务公开账本</p>'));
  for (const county of ['530721', '530722'])
    for (let v = 1; v <= villagesPerCounty; v++) {
      const code = `${county}101${String(v).padStart(3, '0')}`;
      const rows = Array.from({ length: recordsPerVillage }, (_, i) => {
        const id = `loan-L2016-${code}-${String(i).padStart(4, '0')}-${LONG}`;
        return `<tr id="${id}" data-search-record="红色信贷" data-search-title="示例党员${i} · 红色信贷" data-search-township="某镇" data-search-year="2016"><td>示例党员${i}</td><td>种植续断 ${id}</td></tr>`;
      }).join('');
      mkdirSync(join(site, 'villages', code), { recursive: true });
      writeFileSync(join(site, 'villages', code, 'index.html'), page(`村${code}`, `<table><tbody>${rows}</tbody></table>`));
    }
  return site;
}

describe('search indexing in several processes', () => {
  const VILLAGES = 10;
  const RECORDS = 200;
  let site: string;
  beforeAll(() => {
    site = manyRecordsSite(VILLAGES, RECORDS);
  });
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('gets every county process’s result, with the command’s own output read slowly', async () => {
    const r = await runPiped(['scripts/index-search.ts', '--site', site, '--jobs', '2']);
    expect(r.stderr).not.toMatch(/Error|exit \d/);
    expect(r.code).toBe(0);
    const records = 2 * VILLAGES * RECORDS;
    // the keys each county process hands back are more than a pipe holds
    expect(VILLAGES * RECORDS * `"zh-CN #loan-L2016-530721101001-0000-${LONG}",`.length).toBeGreaterThan(65_536 * 4);
    expect(r.stderr).toContain(`${1 + 2 * VILLAGES} pages + ${records} records`);
    expect(r.stderr).toContain('in 3 bundles');
    for (const county of ['530721', '530722']) expect(existsSync(join(site, 'pagefind', 'counties', county, 'pagefind-entry.json'))).toBe(true);
    // the root bundle holds no record a county bundle holds
    const root = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(root.languages['zh-cn']!.page_count).toBe(1);
  });

  it('a county process hands its whole result back, however slowly its output is read', async () => {
    // the county process as indexSearch starts it, with an IPC channel; its stdout read slowly
    const child = spawn(process.execPath, ['scripts/index-search.ts', '--site', site, '--county-part', '0/1'], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    const messages: unknown[] = [];
    child.on('message', (m) => messages.push(m));
    const [stdout, , code] = await Promise.all([slowRead(child.stdout!, 50, 0), slowRead(child.stderr!), new Promise((done) => child.on('close', done))]);
    expect(code).toBe(0);
    // the result is a message (or, as before, the stdout): either way it must be whole
    const result = (messages[0] ?? JSON.parse(stdout)) as { pages: number; records: string[] };
    expect(result.pages).toBe(2 * VILLAGES);
    expect(result.records).toHaveLength(2 * VILLAGES * RECORDS);
  });
});
