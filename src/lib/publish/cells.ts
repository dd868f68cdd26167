/**
 * What a download holds, cell by cell. Every published file (CSV, JSON, workbook, per-village
 * files, API) is made from the same canonical cell text, so they cannot disagree:
 * - CSV: the cell text itself (empty = no value);
 * - JSON: the cell text converted by the field's Frictionless type — string → string,
 *   integer/year → number, number (money in yuan, percent) → number, boolean → true/false,
 *   empty → null. Money has at most two decimals, and a JSON number such as 2360000.5 reads back
 *   as exactly the same value as the CSV's 2360000.50.
 */
import type { Field, FrictionlessType } from '../../schemas/fields.ts';
import { tables, tableNames, type Dataset, type TableName } from '../../schemas/index.ts';
import { formatRow, type TableDef } from '../../schemas/table.ts';
import { nameFinder, type NameHit } from '../name-search.ts';
import { displaySafe } from '../display-safe.ts';
import { UnpublishableError } from './unpublishable.ts';

/** One row as canonical cell text, by field name, in the table's column order. */
export type CellRow = Record<string, string>;
export type JsonValue = string | number | boolean | null;
export type JsonRow = Record<string, JsonValue>;

export const fieldsOf = (table: TableDef<any>) => Object.entries(table.fields as Record<string, Field<any>>);
export const fieldNames = (table: TableDef<any>) => Object.keys(table.fields);

/** Typed rows (money in fen, percent in basis points) → canonical cell text. */
export function cellRows(table: TableDef<any>, rows: readonly unknown[]): CellRow[] {
  const names = fieldNames(table);
  return rows.map((r) => {
    const cells = formatRow(table, r as never);
    return Object.fromEntries(names.map((n, i) => [n, cells[i]!]));
  });
}

/** The JSON value of one cell, by the field's type. */
export function jsonValue(type: FrictionlessType, text: string): JsonValue {
  if (text === '') return null;
  switch (type) {
    case 'integer':
    case 'year':
    case 'number': {
      const n = Number(text);
      if (!Number.isFinite(n)) throw new Error(`not a number: ${text}`);
      return n;
    }
    case 'boolean':
      if (text !== 'true' && text !== 'false') throw new Error(`not a boolean: ${text}`);
      return text === 'true';
    default:
      return text;
  }
}

export function jsonRow(table: TableDef<any>, row: CellRow): JsonRow {
  return Object.fromEntries(fieldsOf(table).map(([n, f]) => [n, jsonValue(f.meta.type, row[n] ?? '')]));
}

export interface PublishOptions {
  /** Mask published names (李飞龙 → 李*龙) in pages and downloads; placeholders (示例…) stay. */
  maskNames?: boolean;
  /**
   * The address of the site the files are published on, with its base path
   * (`https://example.org/ledger/`): README, datapackage.json, the workbook and the citations name
   * `<siteRoot>data/v<version>/`. Default: the package's homepage.
   */
  siteRoot?: string;
}

/** What stands in the recipient column of a loan whose `recipient_public` is false. */
export const WITHHELD_NAME = '(姓名不公开)';

/** A placeholder name of synthetic data (示例党员0001), which stands for nobody. */
export const isPlaceholderName = (name: string) => name.startsWith('示例');

/** 李飞龙 → 李*龙, 李龙 → 李*; placeholder names of the demonstration data are left as they are. */
export function maskName(name: string): string {
  if (isPlaceholderName(name) || name === WITHHELD_NAME) return name;
  const chars = [...name];
  if (chars.length <= 1) return name;
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`;
}

/**
 * The dataset as it may be published: a loan recipient whose name is not public is withheld
 * (`recipient_public` stays false, so readers see why; `person_id` stays, so people can still be
 * counted), and with `maskNames` every real name is masked wherever it is written: in the
 * recipient and holder columns and inside any other text that quotes it (李飞龙 → 李*龙 in a
 * county fact's label too), since masking is an announced setting of the site. Nothing else is
 * changed. A withheld name written elsewhere is the validator's to refuse (privacy.withheld-name),
 * never silently rewritten here.
 */
export function publishable(data: Dataset, options: PublishOptions = {}): Dataset {
  const out: Dataset = {
    ...data,
    credit_loans: data.credit_loans.map((l) => ({ ...l, recipient: l.recipient_public ? l.recipient : WITHHELD_NAME })),
  };
  if (!options.maskNames) return out;
  const real = new Set([...data.credit_loans.map((l) => l.recipient), ...data.duty_posts.map((p) => p.holder)].filter((n) => maskName(n) !== n));
  if (real.size === 0) return out;
  const find = nameFinder(real);
  for (const name of tableNames) {
    const fields = fieldsOf(tables[name]).filter(([, f]) => f.meta.type === 'string').map(([k]) => k);
    (out as Record<TableName, unknown[]>)[name] = (out[name] as Record<string, unknown>[]).map((row) => {
      let copy: Record<string, unknown> | null = null;
      for (const k of fields) {
        const v = row[k];
        if (typeof v !== 'string' || v === '') continue;
        const masked = maskNamesIn(v, find);
        if (masked !== v) (copy ??= { ...row })[k] = masked;
      }
      return copy ?? row;
    });
  }
  return out;
}

/** `text` with every name `find` finds masked (李飞龙 → 李*龙), the longest name first where two start at one place. */
export function maskNamesIn(text: string, find: (text: string) => NameHit[]): string {
  const hits = find(text).sort((a, b) => a.index - b.index || b.name.length - a.name.length);
  if (hits.length === 0) return text;
  let out = '';
  let at = 0;
  for (const h of hits) {
    if (h.index < at) continue;
    out += text.slice(at, h.index) + maskName(h.name);
    at = h.index + h.name.length;
  }
  return out + text.slice(at);
}

const NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** A cell a spreadsheet would run as a formula: starts with = + - @ tab or CR and is not a number. */
export const isFormulaLike = (text: string) => /^[=+\-@\t\r]/.test(text) && !NUMBER.test(text);

/** Refuses to publish a cell that a spreadsheet would run as a formula (the validator refuses them too). */
export function assertNoFormulas(table: string, rows: readonly CellRow[]): void {
  rows.forEach((r, i) => {
    for (const [k, v] of Object.entries(r))
      if (isFormulaLike(v)) throw new UnpublishableError(`${table} row ${i + 1}, ${k}: cell starts like a spreadsheet formula: ${displaySafe(JSON.stringify(v.slice(0, 20)))}`);
  });
}
