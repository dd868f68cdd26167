/** Calendar dates as whole days since 1970-01-01 (UTC), and back to 'YYYY-MM-DD'. */
export const toDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86400000;
export const toIso = (day: number): string => new Date(day * 86400000).toISOString().slice(0, 10);
export const yearOf = (iso: string): number => Number(iso.slice(0, 4));

/** The demonstration data describe the world up to this day. */
export const AS_OF = '2024-12-31';
