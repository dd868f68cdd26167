/** Reads a data folder's files from disk: the one place the loader touches the file system. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseChangelog } from '../lib/changelog.ts';
import { defaultRuleOptions, type RuleOptions } from '../lib/check-rules.ts';
import { loadDataset, type LoadedDataset } from '../lib/load-dataset.ts';

export function readDataFiles(dir: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  // `.CSV` too: a name that differs only in case is reported (load-dataset.ts), not ignored
  for (const name of readdirSync(dir).sort()) if (name.toLowerCase().endsWith('.csv')) files.set(name, readFileSync(join(dir, name)));
  return files;
}

/**
 * The build date the rules measure dates against (RuleOptions.today), never the clock:
 * SOURCE_DATE_EPOCH (seconds) when set, as a date in China Standard Time, else the date of the
 * newest version in the folder's CHANGELOG.md; undefined when there is neither.
 */
export function buildDate(dir: string, sourceDateEpoch = process.env.SOURCE_DATE_EPOCH): string | undefined {
  if (sourceDateEpoch && /^\d+$/.test(sourceDateEpoch))
    return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Number(sourceDateEpoch) * 1000));
  const changelog = join(dir, 'CHANGELOG.md');
  return existsSync(changelog) ? parseChangelog(readFileSync(changelog, 'utf8'))[0]?.date : undefined;
}

/** Loads and checks the data package in `dir`; `label` names it in problems (default: `dir`). */
export function readDataset(dir: string, options?: Partial<RuleOptions>, label = dir.replace(/\/+$/, '')): LoadedDataset {
  return loadDataset(readDataFiles(dir), label, { ...defaultRuleOptions, ...options, today: options?.today ?? buildDate(dir) });
}
