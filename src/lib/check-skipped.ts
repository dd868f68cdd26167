/**
 * One error, not a thousand: when a file cannot be read as its table (missing, empty, not CSV,
 * broken quotes, a required column missing from its header), the checks of other tables that read
 * it are skipped (check-keys.ts, check-rules.ts), and this says so in one line per table whose
 * checks were skipped, located at the file that has to be fixed first. Pure.
 */
import { finding, type Problem } from '../schemas/problem.ts';
import type { TableName } from '../schemas/index.ts';
import { fileOf, type TableDef } from '../schemas/table.ts';
import { crossTableRules } from './check-rules.ts';
import { keysReadable, type LoadedTable } from './load-table.ts';

type Loaded = Record<TableName, { def: TableDef<any>; loaded: LoadedTable<TableDef<any>> }>;

export function skippedChecks(tables: Loaded): Problem[] {
  const problems: Problem[] = [];
  for (const [b, { def: broken, loaded }] of Object.entries(tables) as [TableName, Loaded[TableName]][]) {
    const why = loaded.unreadable;
    if (!why) continue;
    const skipped = new Map<TableName, { keys: string[]; rules: string[] }>();
    const of = (a: TableName) => skipped.get(a) ?? skipped.set(a, { keys: [], rules: [] }).get(a)!;
    for (const [a, { def }] of Object.entries(tables) as [TableName, Loaded[TableName]][])
      for (const fk of def.foreignKeys)
        if (a !== b && fk.reference.resource === b && !keysReadable(loaded, fk.reference.fields)) of(a).keys.push(fk.fields.join(', '));
    for (const rule of crossTableRules)
      if (rule.on !== b && rule.reads.includes(b)) for (const code of rule.codes) if (!of(rule.on).rules.includes(code)) of(rule.on).rules.push(code);
    const file = fileOf(broken);
    for (const [a, { keys, rules }] of skipped) {
      const what = {
        zh: [keys.length ? `外键 ${keys.join('、')}` : '', rules.length ? `规则 ${rules.join('、')}` : ''].filter(Boolean).join(';'),
        en: [keys.length ? `foreign key${keys.length > 1 ? 's' : ''} ${keys.join('; ')}` : '', rules.length ? `rule${rules.length > 1 ? 's' : ''} ${rules.join(', ')}` : ''].filter(Boolean).join('; '),
      };
      problems.push({
        ...finding(
          'check.skipped',
          `${file} ${why.reason.zh},所以 ${fileOf(tables[a].def)} 中读取它的检查没有进行(${what.zh})`,
          `${file}${why.reason.en}, so the checks of ${fileOf(tables[a].def)} that read it were skipped (${what.en})`,
          { zh: `先修正 ${file},再运行 npm run validate`, en: `fix ${file} first, then run npm run validate again` },
        ),
        file: loaded.file,
        line: why.line,
        column: 0,
        severity: 'warning',
      });
    }
  }
  return problems;
}
