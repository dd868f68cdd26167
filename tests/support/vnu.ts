/**
 * The W3C Nu HTML checker (vnu.jar from the vnu-jar package) over built pages, run with the
 * machine's Java (17 here and on CI; .ci/run installs default-jre-headless when it is missing).
 * Nothing is downloaded: the jar is in node_modules and `java` must be on PATH.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const VNU_JAR: string = String(createRequire(import.meta.url)('vnu-jar'));

export interface VnuMessage {
  file: string;
  line?: number;
  column?: number;
  type: string;
  message: string;
  extract?: string;
}

/** Every error the checker reports for the files (warnings and info left out). */
export function vnuErrors(files: string[]): VnuMessage[] {
  const r = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--exit-zero-always', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Error(`could not run java (install a Java runtime, e.g. apt-get install default-jre-headless): ${r.error.message}`);
  if (r.status !== 0) throw new Error(`vnu.jar failed (${r.status}): ${r.stderr}`);
  // the JSON report goes to stderr
  const report = JSON.parse(r.stderr) as { messages: { url?: string; type: string; subType?: string; message: string; lastLine?: number; firstColumn?: number; extract?: string }[] };
  return report.messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error')
    .map((m) => ({ file: decodeURIComponent((m.url ?? '').replace(/^file:/, '')), line: m.lastLine, column: m.firstColumn, type: m.subType ? `${m.type} ${m.subType}` : m.type, message: m.message, extract: m.extract }));
}

/** One line per message, for a failing assertion. */
export const formatVnu = (m: VnuMessage) => `${m.file}:${m.line ?? '?'}:${m.column ?? '?'}: ${m.type}: ${m.message}${m.extract ? ` [${m.extract.slice(0, 120)}]` : ''}`;
