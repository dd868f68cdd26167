/** Reads a data folder's files from disk: the one place the loader touches the file system. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleOptions } from '../lib/check-rules.ts';
import { loadDataset, type LoadedDataset } from '../lib/load-dataset.ts';

export function readDataFiles(dir: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  // `.CSV` too: a name that differs only in case is reported (load-dataset.ts), not ignored
  for (const name of readdirSync(dir).sort()) if (name.toLowerCase().endsWith('.csv')) files.set(name, readFileSync(join(dir, name)));
  return files;
}

/** Loads and checks the data package in `dir`; `label` names it in problems (default: `dir`). */
export function readDataset(dir: string, options?: RuleOptions, label = dir.replace(/\/+$/, '')): LoadedDataset {
  return loadDataset(readDataFiles(dir), label, options);
}
