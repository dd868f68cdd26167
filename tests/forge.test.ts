// The forge files: the workflows run the project's own commands with official actions only, and
// the data-error form has the fields the site's "report a problem" links prefill.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (f: string) => readFileSync(f, 'utf8');
const workflows = readdirSync('.github/workflows').map((f) => `.github/workflows/${f}`);
const scripts = JSON.parse(read('package.json')).scripts as Record<string, string>;

describe('GitHub workflows', () => {
  it('use only official actions, pinned to a major version', () => {
    for (const f of workflows)
      for (const [, action] of read(f).matchAll(/uses:\s*(\S+)/g))
        expect(action, f).toMatch(/^actions\/(checkout|setup-node|upload-pages-artifact|deploy-pages)@v\d+$/);
  });

  it('run npm scripts that exist', () => {
    for (const f of workflows)
      for (const [, name] of read(f).matchAll(/npm run (?:--silent )?([\w:-]+)/g)) expect(Object.keys(scripts), `${f}: npm run ${name}`).toContain(name);
  });

  it('check every pull request: validator annotations, tests, build, and the data diff in the job summary', () => {
    const ci = read('.github/workflows/ci.yml');
    expect(ci).toMatch(/^on:\n {2}pull_request:/m);
    expect(ci).toContain('GITHUB_ACTIONS=true npm run validate');
    expect(ci).toContain('npm test');
    expect(ci).toContain('npm run build');
    expect(ci).toContain('npm run --silent diff -- origin/main HEAD --format markdown >> "$GITHUB_STEP_SUMMARY"');
    expect(ci).toContain('node-version-file: .nvmrc');
    expect(ci).toContain('fetch-depth: 0');
  });

  it('deploy main to GitHub Pages under a configurable base path', () => {
    const pages = read('.github/workflows/pages.yml');
    expect(pages).toMatch(/^on:\n {2}push:\n {4}branches: \[main\]/m);
    expect(pages).toContain("LEDGER_BASE: ${{ vars.LEDGER_BASE ||");
    expect(pages).toContain("format('/{0}/', github.event.repository.name)");
    expect(pages).toContain('LEDGER_SITE: ${{ vars.LEDGER_SITE ||');
    expect(pages).toMatch(/path: dist\n/);
  });
});

describe('issue and pull-request templates', () => {
  it('the data-error form has the page and figure fields that the report links prefill, Chinese first', () => {
    const form = read('.github/ISSUE_TEMPLATE/data-error.yml');
    expect(form).toMatch(/^name: 报告数据错误 · Report a data error$/m);
    expect(form).toMatch(/^ {4}id: page$/m);
    expect(form).toMatch(/^ {4}id: figure$/m);
  });

  it('the pull-request template is a checklist, Chinese first', () => {
    const t = read('.github/pull_request_template.md');
    const items = t.split('\n').filter((l) => l.startsWith('- [ ] '));
    expect(items.length).toBeGreaterThanOrEqual(5);
    for (const i of items) expect(i.slice(6)).toMatch(/^[\u4e00-\u9fff].* \/ [A-Z]/);
  });
});
