/**
 * Reads a `_headers` file (Netlify / Cloudflare Pages syntax: a path pattern on its own line,
 * then indented `Name: value` lines) so a test server can send what the host would.
 */
import { readFileSync } from 'node:fs';

export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const i = line.indexOf(':');
    if (rule && i > 0) rule.headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
  }
  return rules;
}

/** The headers of the rule for every path (`/*`). */
export function siteWideHeaders(file: string): Record<string, string> {
  const rule = parseHeadersFile(readFileSync(file, 'utf8')).find((r) => r.pattern === '/*');
  if (!rule) throw new Error(`${file}: no /* rule`);
  return rule.headers;
}
