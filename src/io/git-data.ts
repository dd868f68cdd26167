/**
 * One side of a data comparison, loaded with the same loader as the validator: a folder on disk
 * (`data`, `releases/v1.0.0`, a repository root holding `data/`), the working tree, or a git
 * ref (`main`, `origin/main`, `HEAD~1`, `v1.0.0`; `REF:DIR` for another folder of that commit),
 * read with `git ls-tree` and `git show` without touching the working tree.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadDataset, type LoadedDataset } from '../lib/load-dataset.ts';
import { readDataset } from './read-data-dir.ts';

export interface LoadedSide {
  label: string;
  dataset: LoadedDataset;
}

const git = (root: string, args: string[]) => execFileSync('git', args, { cwd: root, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });

export function isGitRef(root: string, ref: string): boolean {
  try {
    git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** The CSV files of `dir` at commit `ref`, by file name. */
export function gitDataFiles(root: string, ref: string, dir = 'data'): Map<string, Uint8Array> {
  const prefix = `${dir.replace(/\/+$/, '')}/`;
  const names = git(root, ['ls-tree', '-z', '--name-only', ref, '--', prefix])
    .toString('utf8')
    .split('\0')
    .filter((p) => p.endsWith('.csv') && !p.slice(prefix.length).includes('/'))
    .sort();
  const files = new Map<string, Uint8Array>();
  for (const path of names) files.set(path.slice(prefix.length), new Uint8Array(git(root, ['show', `${ref}:${path}`])));
  return files;
}

/** The commit where the current branch left `main` (origin/main when there is no local main). */
export function mergeBaseWithMain(root: string): string {
  for (const main of ['main', 'origin/main']) {
    if (!isGitRef(root, main)) continue;
    return git(root, ['merge-base', main, 'HEAD']).toString('utf8').trim();
  }
  throw new Error('no branch main or origin/main to compare with: name the base, e.g. npm run diff -- HEAD~1');
}

/** A folder that holds the CSVs itself, or a repository root whose `data/` does. */
function dataFolder(dir: string): string {
  const hasCsv = (d: string) => readdirSync(d).some((n) => n.endsWith('.csv'));
  if (!hasCsv(dir) && existsSync(join(dir, 'data')) && hasCsv(join(dir, 'data'))) return join(dir, 'data');
  return dir;
}

/**
 * Loads one side. `spec` undefined means the default: for the base, the merge base with main;
 * for the head, the working tree's `data/`.
 */
export function loadSide(root: string, spec: string | undefined, role: 'base' | 'head'): LoadedSide {
  if (spec === undefined && role === 'head') {
    return { label: '工作区 working tree', dataset: readDataset(join(root, 'data'), undefined, 'data') };
  }
  if (spec !== undefined) {
    const path = resolve(root, spec);
    if (existsSync(path) && statSync(path).isDirectory()) {
      const dir = dataFolder(path);
      const label = relative(root, dir) || '.';
      return { label: `${label}/`, dataset: readDataset(dir, undefined, label) };
    }
  }
  const [ref, dir = 'data'] = spec === undefined ? [mergeBaseWithMain(root)] : spec.split(/:(.*)/s, 2).filter((x) => x !== undefined) as [string, string?];
  if (!isGitRef(root, ref)) throw new Error(`“${spec}” 既不是文件夹也不是 git 引用 / is neither a folder nor a git ref`);
  const short = git(root, ['rev-parse', '--short', `${ref}^{commit}`]).toString('utf8').trim();
  const label = spec === undefined ? `main 的分叉点 merge base ${short}` : ref === short ? ref : `${ref} (${short})`;
  return { label: dir === 'data' ? label : `${label}:${dir}`, dataset: loadDataset(gitDataFiles(root, ref, dir), dir) };
}
