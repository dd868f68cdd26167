/**
 * Primary and foreign keys, from the tables' definitions, over the raw cells of every row (a
 * row that failed to parse still holds its key, so one bad cell does not cascade into errors
 * in other tables).
 */
import { finding, type Problem } from '../schemas/problem.ts';
import type { TableDef } from '../schemas/table.ts';
import { keysReadable, type LoadedTable, type RawRow } from './load-table.ts';

type Loaded = Record<string, { def: TableDef<any>; loaded: LoadedTable<TableDef<any>> }>;

const keyOf = (cells: Record<string, string>, fields: readonly string[]) =>
  fields.length === 1 ? (cells[fields[0]!] ?? '') : fields.map((f) => cells[f] ?? '').join('\u0000');

const CAPITAL = /[A-Z]/;

/** Whether every one of `fields` has a cell, and one without an error of its own. */
function usable(r: RawRow, fields: readonly string[]): boolean {
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    if (r.cells[f] === '' || (r.invalid !== undefined && r.invalid.includes(f))) return false;
  }
  return true;
}

/**
 * References into a table whose keys cannot be read (the file is missing or empty, its key column
 * is not in the header, its quotes are broken) are not checked: that file's own error is the one
 * to report, and load-dataset.ts says which checks were skipped.
 */
export function checkKeys(tables: Loaded): Problem[] {
  const problems: Problem[] = [];
  for (const { def, loaded } of Object.values(tables)) {
    // keys that differ only in letter case (L2016-0001, l2016-0001) are the same key: a reader,
    // a URL on a case-insensitive host or a spreadsheet lookup would not tell them apart
    // (ids and codes are ASCII: only a key with a capital letter needs folding)
    const seen = new Map<string, number>();
    const raw = loaded.raw;
    for (let i = 0; i < raw.length; i++) {
      const r = raw[i]!;
      if (!usable(r, def.primaryKey)) continue;
      const key = keyOf(r.cells, def.primaryKey);
      const folded = CAPITAL.test(key) ? key.toLowerCase() : key;
      const before = seen.get(folded);
      if (before !== undefined) {
        const first = { line: raw[before]!.line, key: keyOf(raw[before]!.cells, def.primaryKey) };
        const where = r.at[def.primaryKey[0]!]!;
        const shown = def.primaryKey.map((f) => `${f}=${r.cells[f]}`).join(', ');
        const other = first.key.split('\u0000').join(', ');
        problems.push({
          ...(first.key === key
            ? finding('key.duplicate', `重复的行:${shown} 已在第 ${first.line} 行出现`, `duplicate row: ${shown} is already on line ${first.line}`, {
                zh: '删除重复行,或合并两行',
                en: 'delete the duplicate, or merge the two rows',
              })
            : finding('key.duplicate', `重复的行:${shown} 与第 ${first.line} 行的 ${other} 只差大小写`, `duplicate row: ${shown} differs only in letter case from ${other} on line ${first.line}`, {
                zh: `编号不区分大小写:给这一行另起编号,或与第 ${first.line} 行合并`,
                en: `ids are the same whatever their case: give this row another id, or merge it with line ${first.line}`,
              })),
          file: loaded.file,
          line: where.line,
          column: where.column,
          severity: 'error',
        });
      } else seen.set(folded, i);
    }
  }
  // The keys of each referenced table, built once however many tables point at it.
  const keySets = new Map<string, Set<string>>();
  for (const { def, loaded } of Object.values(tables)) {
    for (const fk of def.foreignKeys) {
      const target = tables[fk.reference.resource];
      if (!target || !keysReadable(target.loaded, fk.reference.fields)) continue;
      const id = `${fk.reference.resource}\u0000${fk.reference.fields.join()}`;
      let keys = keySets.get(id);
      if (!keys) keySets.set(id, (keys = new Set(target.loaded.raw.map((r) => keyOf(r.cells, fk.reference.fields)))));
      let folded: Map<string, string> | undefined;
      for (const r of loaded.raw) {
        if (!usable(r, fk.fields)) continue;
        const key = keyOf(r.cells, fk.fields);
        if (keys.has(key)) continue;
        const value = fk.fields.map((f) => r.cells[f]).join(', ');
        const where = r.at[fk.fields[0]!]!;
        // the same key in another letter case: say which (built only when a key is not found)
        folded ??= new Map([...keys].map((k) => [k.toLowerCase(), k]));
        const spelt = folded.get(key.toLowerCase())?.split('\u0000').join(', ');
        problems.push({
          ...finding(
            'key.foreign',
            `${fk.fields.join(', ')} = ${value} 在 ${fk.reference.resource}.csv 中不存在`,
            `${fk.fields.join(', ')} = ${value} does not exist in ${fk.reference.resource}.csv`,
            spelt
              ? { zh: `${fk.reference.resource}.csv 中写作 ${spelt}:按那里的大小写写`, en: `${fk.reference.resource}.csv spells it ${spelt}: write it in the same case` }
              : { zh: `检查代码是否写对;新的${target.def.title.zh}须先加入 ${fk.reference.resource}.csv`, en: `check the code; a new entry must first be added to ${fk.reference.resource}.csv` },
          ),
          file: loaded.file,
          line: where.line,
          column: where.column,
          severity: 'error',
        });
      }
    }
  }
  return problems;
}
