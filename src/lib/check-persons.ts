/**
 * The rules about people: a person id is one person (one name; never a placeholder of the
 * demonstration and a real person at once), and a withheld name is withheld everywhere. Where
 * another row or table would publish a withheld name (a fact quoting a published text that names
 * the person, a note, another loan, a duty post), the validator refuses that cell and names the
 * flag it conflicts with, so the editor decides: nothing published is ever rewritten silently.
 * Messages show a real name masked (李*龙): a validator's output may travel further than data/.
 */
import { finding, type Finding, type Problem } from '../schemas/problem.ts';
import { tables, tableNames, type Dataset, type TableName } from '../schemas/index.ts';
import type { Field } from '../schemas/fields.ts';
import type { LoadedTable } from './load-table.ts';
import { nameFinder } from './name-search.ts';
import { isPlaceholderName, maskName, WITHHELD_NAME } from './publish/cells.ts';

type Located = { [K in TableName]: Pick<LoadedTable<any>, 'file' | 'at'> };

/** One appearance of a person: a loan's recipient or a duty post's holder. */
interface Appearance {
  table: 'credit_loans' | 'duty_posts';
  i: number;
  nameField: 'recipient' | 'holder';
  name: string;
  id: string;
  village: string;
  /** Published under its name (a duty post always is). */
  named: boolean;
  synthetic: boolean;
  what: string;
}

export function appearances(data: Pick<Dataset, 'credit_loans' | 'duty_posts' | 'sources'>): Appearance[] {
  const synthetic = new Set(data.sources.filter((s) => s.kind === 'synthetic').map((s) => s.id));
  return [
    ...data.credit_loans.map((l, i): Appearance => ({
      table: 'credit_loans', i, nameField: 'recipient', name: l.recipient, id: l.person_id, village: l.village_code, named: l.recipient_public,
      synthetic: synthetic.has(l.source_id) || isPlaceholderName(l.recipient), what: `loan ${l.loan_id}`,
    })),
    ...data.duty_posts.map((p, i): Appearance => ({
      table: 'duty_posts', i, nameField: 'holder', name: p.holder, id: p.person_id, village: p.village_code, named: true,
      synthetic: synthetic.has(p.source_id) || isPlaceholderName(p.holder), what: `post ${p.post_id} ${p.year}`,
    })),
  ];
}

/** The names that must not be published: recipients of loans whose `recipient_public` is false. */
export function withheldNames(loans: readonly Pick<Dataset['credit_loans'][number], 'recipient' | 'recipient_public'>[]): Set<string> {
  return new Set(loans.filter((l) => !l.recipient_public && l.recipient !== WITHHELD_NAME).map((l) => l.recipient));
}

export function checkPersons(data: Dataset, located: Located): Problem[] {
  const problems: Problem[] = [];
  const where = (table: TableName, i: number, field: string) => {
    const at = located[table].at[i]?.[field];
    return { file: located[table].file, line: at?.line ?? 0, column: at?.column ?? 0 };
  };
  const add = (table: TableName, i: number, field: string, f: Finding, severity: Problem['severity'] = 'error') => problems.push({ ...f, ...where(table, i, field), severity });
  const lineOf = (a: Appearance) => `${located[a.table].file.split('/').pop()} 第 ${where(a.table, a.i, a.nameField).line} 行`;
  const lineOfEn = (a: Appearance) => `${located[a.table].file.split('/').pop()} line ${where(a.table, a.i, a.nameField).line}`;
  const people = appearances(data);

  // One id, one person: the same name everywhere, and never both a placeholder and a real person.
  const firstById = new Map<string, Appearance>();
  for (const a of people) {
    const first = firstById.get(a.id);
    if (!first) {
      firstById.set(a.id, a);
      continue;
    }
    if (first.synthetic !== a.synthetic)
      add(a.table, a.i, 'person_id', finding('person.synthetic-shared', `人员编号 ${a.id} 在 ${lineOf(first)} 是${first.synthetic ? '演示数据的占位人' : '真实的人'},这里却是${a.synthetic ? '演示数据的占位人' : '真实的人'}`, `person id ${a.id} is ${first.synthetic ? 'a placeholder of the demonstration' : 'a real person'} at ${lineOfEn(first)} but ${a.synthetic ? 'a placeholder' : 'a real person'} here`, {
        zh: '真实的人要有自己的编号;演示数据的编号永远不指真实的人',
        en: 'give the real person an id of their own: a demonstration id never stands for a real person',
      }));
    else if (first.name !== a.name)
      add(a.table, a.i, 'person_id', finding('person.two-names', `人员编号 ${a.id} 在 ${lineOf(first)} 是“${maskName(first.name)}”,这里是“${maskName(a.name)}”:一个编号只能是一个人`, `person id ${a.id} is "${maskName(first.name)}" at ${lineOfEn(first)} but "${maskName(a.name)}" here: one id is one person`, {
        zh: '同一个人在各行写同一个姓名;不同的人用不同的编号',
        en: 'write one person’s name the same way in every row; give different people different ids',
      }));
  }

  // A real name seen with two ids in one village: probably one person counted twice.
  const idsByName = new Map<string, Appearance>();
  for (const a of people) {
    if (a.synthetic) continue;
    const key = `${a.village}\u0000${a.name}`;
    const first = idsByName.get(key);
    if (!first) idsByName.set(key, a);
    else if (first.id !== a.id)
      add(a.table, a.i, 'person_id', finding('person.same-name', `同村的“${maskName(a.name)}”在 ${lineOf(first)} 的编号是 ${first.id},这里是 ${a.id}`, `"${maskName(a.name)}" of the same village has id ${first.id} at ${lineOfEn(first)} but ${a.id} here`, {
        zh: '是同一个人就用同一个编号(否则人数会多算);确是同名的两个人可以不改',
        en: 'if this is the same person, use one id (or people are counted twice); two people of the same name may stay',
      }), 'warning');
  }

  // A withheld person is withheld everywhere: no other row publishes the id's name or the name.
  const withheldById = new Map<string, Appearance>();
  const withheldByName = new Map<string, Appearance>();
  for (const a of people)
    if (!a.named) {
      if (!withheldById.has(a.id)) withheldById.set(a.id, a);
      if (a.name !== WITHHELD_NAME && !withheldByName.has(a.name)) withheldByName.set(a.name, a);
    }
  if (withheldById.size === 0) return problems;
  const flag = (w: Appearance) => ({
    zh: `${lineOf(w)}(${w.what})的 recipient_public=false`,
    en: `recipient_public=false on ${w.what} at ${lineOfEn(w)}`,
  });
  const reported = new Set<string>();
  for (const a of people) {
    const w = withheldById.get(a.id);
    if (!a.named || !w) continue;
    reported.add(`${a.table}\u0000${a.i}\u0000${a.nameField}`);
    const f = flag(w);
    add(a.table, a.i, a.nameField, finding('privacy.withheld-public', `这个人(${a.id})的姓名不公开(${f.zh}),这里却公开了“${maskName(a.name)}”`, `this person (${a.id}) is withheld (${f.en}) but named here as "${maskName(a.name)}"`, {
      zh: a.table === 'credit_loans' ? '由编辑决定:这笔贷款也设为 recipient_public=false,或者两处都公开' : '由编辑决定:设岗定责表不能隐去姓名;删去这一行的姓名,或者把那笔贷款改回公开',
      en: a.table === 'credit_loans' ? 'the editor decides: set recipient_public=false on this loan too, or make both public' : 'the editor decides: duty posts cannot withhold a name; remove it here, or make that loan public again',
    }));
  }

  // The withheld names in any cell of any table (a fact quoting a text that names the person).
  const find = nameFinder(withheldByName.keys());
  for (const name of tableNames) {
    const fields = Object.entries(tables[name].fields as Record<string, Field<any>>).filter(([, f]) => f.meta.type === 'string').map(([k]) => k);
    (data[name] as readonly Record<string, unknown>[]).forEach((row, i) => {
      for (const field of fields) {
        const text = row[field];
        if (typeof text !== 'string' || text === '') continue;
        if (name === 'credit_loans' && field === 'recipient' && row.recipient_public === false) continue;
        if (reported.has(`${name}\u0000${i}\u0000${field}`)) continue;
        const hit = find(text)[0];
        if (!hit) continue;
        const w = withheldByName.get(hit.name)!;
        const f = flag(w);
        add(name, i, field, finding('privacy.withheld-name', `这里写出了“${maskName(hit.name)}”,而这个姓名不公开(${f.zh})`, `this cell names "${maskName(hit.name)}", a name that is withheld (${f.en})`, {
          zh: '由编辑决定:改写或删去这里的姓名(网站不会悄悄改动公开发表的事实),或者把那笔贷款改回 recipient_public=true',
          en: 'the editor decides: reword or remove the name here (the site never silently rewrites a published fact), or set that loan back to recipient_public=true',
        }));
      }
    });
  }
  return problems;
}

/** Why a name must not appear in the built site. */
export type ForbiddenReason = 'withheld' | 'unmasked';

/**
 * The names the build must not publish anywhere: every withheld name, and, when the site masks
 * names (李*龙), every real name in full. Placeholders (示例…) are nobody, and are masked by no one,
 * but a withheld one is still looked for, as the demonstration of the rule.
 */
export function forbiddenNames(
  loans: readonly { recipient: string; recipient_public: boolean }[],
  holders: readonly string[],
  options: { maskNames?: boolean } = {},
): Map<string, ForbiddenReason> {
  const out = new Map<string, ForbiddenReason>();
  for (const n of withheldNames(loans)) out.set(n, 'withheld');
  if (options.maskNames)
    for (const n of [...loans.map((l) => l.recipient), ...holders]) if (!out.has(n) && maskName(n) !== n) out.set(n, 'unmasked');
  return out;
}
