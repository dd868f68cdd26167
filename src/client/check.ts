/**
 * The check page's script (/check/, /en/check/): takes the chosen or dropped .csv and .xlsx files,
 * runs the validator on them in the browser (./check-run.ts, loaded with the first file; the xlsx
 * reader only for a workbook) and lists every problem in the command line's words, or "no
 * problems" with the row counts, and offers the files back converted. Nothing is uploaded: the
 * only requests are for this page's scripts and the site's own /data/latest/ tables. Loaded as an
 * external module (the Content-Security-Policy forbids inline scripts).
 */
import type { Located } from '../lib/import/located.ts';
import type { CheckResult } from './check-run.ts';

interface Strings {
  results: string;
  reading: string;
  fetching: string;
  clean: string;
  found: string;
  others: string;
  notes: string;
  downloads: string;
  failed: string;
  rows: string;
}

const root = document.querySelector<HTMLElement>('[data-check-root]');
if (root) start(root);

function start(root: HTMLElement) {
  const s = JSON.parse(root.dataset.strings!) as Strings;
  const base = root.dataset.base!;
  const form = root.querySelector<HTMLFormElement>('[data-check-form]')!;
  const input = root.querySelector<HTMLInputElement>('[data-check-input]')!;
  const drop = root.querySelector<HTMLElement>('[data-check-drop]')!;
  const whole = root.querySelector<HTMLInputElement>('[data-check-whole]')!;
  const status = root.querySelector<HTMLElement>('[data-check-status]')!;
  const out = root.querySelector<HTMLElement>('[data-check-results]')!;
  form.hidden = false;
  root.querySelector('[data-check-nojs]')?.remove();
  let last: File[] = [];
  let urls: string[] = [];

  const run = async (files: File[]) => {
    if (!files.length) return;
    last = files;
    status.textContent = s.reading;
    out.hidden = true;
    out.replaceChildren();
    try {
      const chosen = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      const { checkFiles } = await import('./check-run.ts');
      const fetchTable = async (file: string) => {
        status.textContent = s.fetching;
        const res = await fetch(`${base}data/latest/${file}`);
        if (!res.ok) throw new Error(`${res.status} ${file}`);
        return new Uint8Array(await res.arrayBuffer());
      };
      const result = await checkFiles(chosen, whole.checked, fetchTable, root.dataset.buildDate || undefined);
      show(result);
    } catch (e) {
      status.textContent = `${s.failed} ${(e as Error).message}`;
    }
  };

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> & Record<string, unknown> = {}, ...children: (Node | string)[]) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(props)) k === 'lang' ? e.setAttribute('lang', String(v)) : ((e as unknown as Record<string, unknown>)[k] = v);
    e.append(...children);
    return e;
  };

  /** One problem, its text exactly the command line's: WHERE: error[code]: 中文 / English (提示: … / hint: …). */
  const problemItem = (p: Located, where: string) => {
    const line = el('p', { className: 'problem' }, el('code', { className: 'where' }, where), ': ', el('code', {}, `${p.severity}[${p.code}]`), ': ', el('span', { lang: 'zh-CN' }, p.zh), ' / ', el('span', { lang: 'en' }, p.en));
    if (p.hint) line.append(' (提示: ', el('span', { lang: 'zh-CN' }, p.hint.zh), ' / hint: ', el('span', { lang: 'en' }, p.hint.en), ')');
    const li = el('li', {}, line);
    if (p.csvLine) li.append(el('p', { className: 'csv-line' }, `→ ${p.csvLine.file}:${p.csvLine.line}: `, el('code', {}, p.csvLine.text)));
    return li;
  };

  const show = async (r: CheckResult) => {
    const { whereText } = await import('../lib/import/located.ts');
    for (const u of urls) URL.revokeObjectURL(u);
    urls = [];
    const errors = r.problems.filter((p) => p.severity === 'error').length;
    const rows = r.rows.map((t) => `${t.table} ${t.rows}`).join(', ');
    status.textContent = errors ? s.found.replaceAll('{n}', String(r.problems.length)) : `${s.clean} ${s.rows.replace('{rows}', rows || '0')}`;
    const parts: Node[] = [el('h2', {}, s.results)];
    if (r.conversion) parts.push(el('p', { className: 'conversion' }, el('span', { lang: 'zh-CN' }, r.conversion.zh), ' / ', el('span', { lang: 'en' }, r.conversion.en)));
    if (r.problems.length) parts.push(el('ol', { className: 'problems' }, ...r.problems.map((p) => problemItem(p, whereText(p.where)))));
    else parts.push(el('p', { className: 'clean' }, `${s.clean} ${s.rows.replace('{rows}', rows || '0')}`));
    if (r.others.length) parts.push(el('details', {}, el('summary', {}, s.others.replaceAll('{n}', String(r.others.length))), el('ol', { className: 'problems' }, ...r.others.map((p) => problemItem(p, whereText(p.where))))));
    if (r.notes.length) parts.push(el('h3', {}, s.notes), el('ul', {}, ...r.notes.map((n) => el('li', {}, el('span', { lang: 'zh-CN' }, n.zh), ' / ', el('span', { lang: 'en' }, n.en)))));
    if (r.downloads.length) {
      parts.push(el('h3', {}, s.downloads));
      const list = el('ul', { className: 'downloads' });
      for (const d of r.downloads) {
        const url = URL.createObjectURL(new Blob([d.text as BlobPart], { type: 'text/csv;charset=utf-8' }));
        urls.push(url);
        list.append(el('li', {}, el('a', { href: url, download: d.name }, d.name), ' — ', el('span', { lang: 'zh-CN' }, d.label.zh), ' / ', el('span', { lang: 'en' }, d.label.en)));
      }
      parts.push(list);
    }
    out.replaceChildren(...parts);
    out.hidden = false;
  };

  input.addEventListener('change', () => run([...(input.files ?? [])]));
  whole.addEventListener('change', () => run(last));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run([...(input.files ?? [])]);
  });
  for (const type of ['dragenter', 'dragover'] as const)
    drop.addEventListener(type, (e) => {
      e.preventDefault();
      drop.classList.add('over');
    });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    run([...(e.dataTransfer?.files ?? [])]);
  });
}
