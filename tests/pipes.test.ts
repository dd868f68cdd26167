/**
 * Nothing is lost in a pipe: the real commands run as child processes whose stdout is read slowly
 * (as `| cat`, `| less` or the GitHub runner read it), and everything they wrote arrives. A
 * process that calls process.exit() while a write to a pipe is still queued loses the rest: the
 * JSON was cut at 65,536 bytes and the workflow annotations never reached the runner.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dirWith, validText } from './helpers/fixture-data.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Reads a stream a chunk at a time, waiting between chunks: a consumer slower than the writer. */
async function slowRead(stream: Readable, delayMs = 20): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(chunk as Buffer);
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

  it('a usage error exits 2 with its message', async () => {
    const r = await runPiped(['scripts/validate.ts', dir, '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage: npm run validate');
  });
});
