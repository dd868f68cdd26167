/** The benchmark's result and its Markdown rendering (pure). */
export interface BenchResult {
  villages: number;
  counties: number;
  townships: number;
  dataDir: string;
  /** Seconds to generate the dataset (0 when reused or the repository's data/). */
  generateSeconds: number;
  wallSeconds: number;
  /** CPU seconds (user + system) of the build's whole process tree, or null without /usr/bin/time. */
  cpuSeconds: number | null;
  /** The machine's load average (1, 5, 15 min) before and after: other work slows the wall time. */
  load: { before: number[]; after: number[] };
  msPerVillage: number;
  /**
   * Seconds from the start of the build to each stage's start (▶ ..., which the build also writes
   * to the LEDGER_BUILD_STAGES file), and the peak RSS of the whole process tree from that stage to the next.
   */
  stages: { label: string; seconds: number; peakRssBytes?: number }[];
  peakRssBytes: number;
  /** When the peak was sampled, in seconds from the start. */
  peakSeconds?: number;
  peakProcesses: number;
  distBytes: number;
  distFiles: number;
  htmlPages: number;
  searchIndexBytes: number;
  searchIndexFiles: number;
  firstSearch: {
    method: 'chromium' | 'estimate';
    query: string;
    /** Bytes of the search page itself (HTML, CSS, scripts) before typing. */
    pageBytes: number;
    /** Bytes fetched from typing the query until the results show (Pagefind's files). */
    searchBytes: number;
    /** The same, gzip-compressed as a host would send it (Pagefind's index files are already). */
    searchBytesGzip: number;
    requests: { url: string; bytes: number }[];
    results: number | null;
  } | null;
  machine: { cpus: number; cpuModel: string; memoryBytes: number; node: string; os: string; date: string };
}

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

export function benchMarkdown(r: BenchResult): string {
  const lines = [
    `## Benchmark: ${r.villages.toLocaleString('en')} villages`,
    '',
    `${r.counties} counties, ${r.townships} townships, ${r.villages} villages (data: \`${r.dataDir}\`).`,
    '',
    '| measure | value |',
    '| --- | --- |',
    `| wall time (validate + pages + downloads + search index) | ${r.wallSeconds.toFixed(1)} s |`,
    `| per village | ${r.msPerVillage.toFixed(1)} ms |`,
    ...(r.cpuSeconds === null ? [] : [`| CPU time (user + system, all processes) | ${r.cpuSeconds.toFixed(1)} s (${((r.cpuSeconds * 1000) / r.villages).toFixed(1)} ms per village) |`]),
    `| load average before → after | ${r.load.before.join(' ')} → ${r.load.after.join(' ')} |`,
    `| peak memory (RSS, all processes) | ${mb(r.peakRssBytes)} (${r.peakProcesses} processes at the peak${r.peakSeconds === undefined ? '' : `, ${r.peakSeconds.toFixed(0)} s from the start`}) |`,
    `| dist/ | ${mb(r.distBytes)}, ${r.distFiles.toLocaleString('en')} files, ${r.htmlPages.toLocaleString('en')} HTML pages |`,
    `| search index | ${mb(r.searchIndexBytes)}, ${r.searchIndexFiles.toLocaleString('en')} files |`,
  ];
  if (r.firstSearch)
    lines.push(
      `| first search downloads (${r.firstSearch.method}, query “${r.firstSearch.query}”) | ${kb(r.firstSearch.searchBytes)} (${kb(r.firstSearch.searchBytesGzip)} gzip), ${r.firstSearch.requests.length} requests${r.firstSearch.results === null ? '' : `, ${r.firstSearch.results} results`} |`,
      `| search page before the query | ${kb(r.firstSearch.pageBytes)} |`,
    );
  lines.push(
    '',
    'Stages (seconds from the start; peak memory of all processes until the next stage):',
    '',
    ...r.stages.map((s) => `- ${s.seconds.toFixed(1)} s: ${s.label}${s.peakRssBytes ? ` (peak ${mb(s.peakRssBytes)})` : ''}`),
  );
  lines.push('', `Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${mb(r.machine.memoryBytes)} RAM, Node ${r.machine.node}, ${r.machine.os}, ${r.machine.date}.`, '');
  return lines.join('\n');
}
