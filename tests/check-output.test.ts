import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';

const run = (site: string) => spawnSync(process.execPath, ['scripts/check-output.ts', '--site', site], { encoding: 'utf8' });

describe('the build’s last check: no personal number in any page or download', () => {
  let site = '';
  afterEach(() => rmSync(site, { recursive: true, force: true }));
  const page = (html: string) => writeFileSync(join(site, 'villages', '530721102211', 'index.html'), html);

  it('passes a clean site and refuses one with a phone number in a page or an ID inside a zip, naming where and masking it', () => {
    site = mkdtempSync(join(tmpdir(), 'ledger-output-'));
    mkdirSync(join(site, 'villages', '530721102211'), { recursive: true });
    page('<p>拉巴支村委会 530721102211,贷款 100000 元,2360000.50 元,2014-01-01—2018-04-30</p>');
    expect(run(site).status).toBe(0);

    page('<p>x</p>\n<p>联系电话 13812345678</p>');
    const r = run(site);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('villages/530721102211/index.html:2:9: phone 138****5678');
    expect(r.stderr).not.toContain('13812345678');

    page('<p>ok</p>');
    writeFileSync(join(site, 'all.zip'), zipSync({ 'notes.csv': strToU8('id,note\n1,身份证 530721199001011234\n') }));
    const zip = run(site);
    expect(zip.status).toBe(1);
    expect(zip.stderr).toContain('all.zip!notes.csv:2:7: id-card 530721********1234');
    expect(zip.stderr).not.toContain('530721199001011234');
  });

  it.each([
    ['full-width digits', '<p>手机:１３８１２３４５６７８</p>', 'phone 138****5678'],
    ['a Latin word glued in front', '<p>Tel13812345678</p>', 'phone 138****5678'],
    ['a tel: link', '<a href="tel:+86-138-1234-5678">电话</a>', 'phone +86 138****5678'],
    ['a percent-encoded query', '<a href="https://example.org/?p=%31%33%38%31%32%33%34%35%36%37%38">x</a>', 'phone 138****5678'],
    ['character references', '<p>&#49;&#51;&#56;&#49;&#50;&#51;&#52;&#53;&#54;&#55;&#56;</p>', 'phone 138****5678'],
    ['an ID card in groups', '<p>530721 19900101 1234</p>', 'id-card 530721********1234'],
    ['a card grouped 6-13', '<p>622202 1234567890123</p>', 'bank-card 6222 **** **** 0123'],
    ['a landline with full-width brackets', '<p>（0888）5123456</p>', 'phone 0888-***3456'],
  ])('finds %s in a page', (_, html, shown) => {
    site = mkdtempSync(join(tmpdir(), 'ledger-output-'));
    mkdirSync(join(site, 'villages', '530721102211'), { recursive: true });
    page(html);
    const r = run(site);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(shown);
  });
});
