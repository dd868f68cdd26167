/** A published period ("2014/2018-04", "2017", "2019-02-02") as an inclusive ISO date range. */
export function periodRange(p: string): { from: string; to: string } | null {
  const m = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:\/(\d{4}(?:-\d{2}(?:-\d{2})?)?))?$/.exec(p);
  if (!m) return null;
  const start = m[1]!;
  const end = m[2] ?? start;
  return { from: startOf(start), to: endOf(end) };
}

function startOf(x: string): string {
  return x.length === 4 ? `${x}-01-01` : x.length === 7 ? `${x}-01` : x;
}

function endOf(x: string): string {
  if (x.length === 4) return `${x}-12-31`;
  if (x.length === 7) {
    const [y, mo] = x.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    return `${x}-${String(last).padStart(2, '0')}`;
  }
  return x;
}
