import { describe, expect, it } from 'vitest';
import { benchMarkdown, type BenchResult } from '../src/lib/bench/report.ts';

const MB = 1024 * 1024;
const result: BenchResult = {
  villages: 1000,
  counties: 9,
  townships: 85,
  dataDir: '/tmp/data',
  generateSeconds: 0,
  wallSeconds: 31.8,
  cpuSeconds: 43.3,
  load: { before: [1.6, 3.2, 3.7], after: [2.4, 3.2, 3.6] },
  msPerVillage: 31.8,
  stages: [
    { label: 'validate data', seconds: 0.1, peakRssBytes: 900 * MB },
    { label: 'build site (2 processes)', seconds: 1, peakRssBytes: 1622.5 * MB },
    { label: 'index search', seconds: 25 },
  ],
  peakRssBytes: 1622.5 * MB,
  peakSeconds: 12.4,
  peakProcesses: 6,
  distBytes: 136 * MB,
  distFiles: 11122,
  htmlPages: 4206,
  searchIndexBytes: 7.8 * MB,
  searchIndexFiles: 2484,
  firstSearch: null,
  machine: { cpus: 2, cpuModel: 'Xeon', memoryBytes: 24_000 * MB, node: 'v24.21.0', os: 'linux', date: '2026-11-26' },
};

describe('the benchmark report', () => {
  const md = benchMarkdown(result);
  it('says when the memory peak came and how high each stage went', () => {
    expect(md).toContain('| peak memory (RSS, all processes) | 1622.5 MB (6 processes at the peak, 12 s from the start) |');
    expect(md).toContain('- 1.0 s: build site (2 processes) (peak 1622.5 MB)');
    expect(md).toContain('- 25.0 s: index search\n');
  });
  it('gives wall time per village and CPU per village', () => {
    expect(md).toContain('| per village | 31.8 ms |');
    expect(md).toContain('| CPU time (user + system, all processes) | 43.3 s (43.3 ms per village) |');
  });
});
