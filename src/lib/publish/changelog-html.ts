/**
 * The body of a changelog entry as HTML: "- " lines become list items, other lines paragraphs;
 * `code` and [text](https://...) links are kept; everything else is escaped text.
 */
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function inline(s: string): string {
  return escape(s)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\[([^\]]+)\]\((https?:\/\/[^\s)]+|\/[^\s)]*|#[^\s)]*)\)/g, '<a href="$2">$1</a>');
}

export function changelogHtml(body: string): string {
  const out: string[] = [];
  let list = false;
  for (const raw of body.split('\n')) {
    const line = raw.trimEnd();
    const item = /^\s*[-*] (.*)$/.exec(line);
    if (item) {
      if (!list) out.push('<ul>');
      list = true;
      out.push(`<li>${inline(item[1]!)}</li>`);
      continue;
    }
    if (/^\s+\S/.test(line) && list) {
      out[out.length - 1] = out[out.length - 1]!.replace(/<\/li>$/, ` ${inline(line.trim())}</li>`);
      continue;
    }
    if (list) out.push('</ul>');
    list = false;
    if (line.trim()) out.push(`<p>${inline(line.replace(/^#+\s*/, ''))}</p>`);
  }
  if (list) out.push('</ul>');
  return out.join('\n');
}
