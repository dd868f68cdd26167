/**
 * Finding people's names in text: the validator looks for withheld names in every cell of every
 * table, and the build looks for them (and, when names are masked, for every real name) in every
 * file it made. Hundreds of names over a province's hundreds of megabytes: one pass over the text,
 * a typed-array test per character, and a set lookup only where a name could start. Pure.
 */

export interface NameHit {
  name: string;
  /** UTF-16 index of the name's first character in the text. */
  index: number;
}

const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * A function that returns every place one of `names` occurs in a text. Names shorter than two
 * characters are ignored (one character would match everywhere). A name that ends (or starts) with
 * a Latin letter or digit matches only where the text does not go on with one: 示例党员0001 is not
 * found in 示例党员00012.
 */
export function nameFinder(names: Iterable<string>): (text: string) => NameHit[] {
  const starts = new Uint8Array(65536);
  const byFirst = new Map<number, { lengths: number[]; names: Set<string> }>();
  let shortest = Infinity;
  for (const name of names) {
    if (name.length < 2) continue;
    const c = name.charCodeAt(0);
    starts[c] = 1;
    let e = byFirst.get(c);
    if (!e) byFirst.set(c, (e = { lengths: [], names: new Set() }));
    e.names.add(name);
    if (!e.lengths.includes(name.length)) e.lengths.push(name.length);
    shortest = Math.min(shortest, name.length);
  }
  for (const e of byFirst.values()) e.lengths.sort((a, b) => b - a);
  return (text) => {
    const hits: NameHit[] = [];
    if (text.length < shortest) return hits;
    for (let i = 0, end = text.length - shortest; i <= end; i++) {
      const c = text.charCodeAt(i);
      if (starts[c] === 0) continue;
      const e = byFirst.get(c)!;
      for (const n of e.lengths) {
        if (i + n > text.length) continue;
        const candidate = text.slice(i, i + n);
        if (!e.names.has(candidate)) continue;
        if (isWordChar(candidate.charCodeAt(n - 1)) && i + n < text.length && isWordChar(text.charCodeAt(i + n))) continue;
        if (isWordChar(c) && i > 0 && isWordChar(text.charCodeAt(i - 1))) continue;
        hits.push({ name: candidate, index: i });
      }
    }
    return hits;
  };
}

/** 1-based line and column (in characters) of a UTF-16 index of `text`, as an editor shows them. */
export function lineColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: [...text.slice(start, index)].length + 1 };
}
