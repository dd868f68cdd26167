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

  it('passes a clean site and refuses one with a phone number in a page or an ID inside a zip', () => {
    site = mkdtempSync(join(tmpdir(), 'ledger-output-'));
    mkdirSync(join(site, 'villages', '530721102211'), { recursive: true });
    writeFileSync(join(site, 'villages', '530721102211', 'index.html'), '<p>拉巴支村委会 530721102211,贷款 100000 元</p>');
    expect(run(site).status).toBe(0);

    writeFileSync(join(site, 'villages', '530721102211', 'index.html'), '<p>联系电话 13812345678</p>');
    const page = run(site);
    expect(page.status).toBe(1);
    expect(page.stderr).toContain('villages/530721102211/index.html: phone 13812345678');

    writeFileSync(join(site, 'villages', '530721102211', 'index.html'), '<p>ok</p>');
    writeFileSync(join(site, 'all.zip'), zipSync({ 'notes.csv': strToU8('id,note\n1,身份证 530721199001011234\n') }));
    const zip = run(site);
    expect(zip.status).toBe(1);
    expect(zip.stderr).toContain('all.zip!notes.csv: id-card 530721199001011234');
  });
});
