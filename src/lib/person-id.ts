/**
 * Pseudonymous person ids (`person_id`): one per person, the same in every row and table where
 * the person appears, so a person withheld by name is still one person (462 distinct recipients,
 * however many names are withheld). An id is `P-` and 6 to 10 characters drawn at random from an
 * alphabet without look-alikes (no 0/O, 1/I/L); it is never made from the name, which anyone
 * could hash again to find it. Pure: the randomness is passed in.
 */
import type { Rng } from './demo/random.ts';
import { PERSON_ID, PERSON_ID_ALPHABET } from '../schemas/common.ts';

// 31 characters: digits 2–9 and capitals without I, L, O. No 0 or 1, so no id reads as a phone
// or landline number (they start with 1 or 0).
export { PERSON_ID, PERSON_ID_ALPHABET };
/** Length of the random part of a new id (31^6 ≈ 887 million ids). */
export const PERSON_ID_LENGTH = 6;

/** A new random id from `next` (uniform in [0, 1)), `length` characters after `P-`. */
export function randomPersonId(next: () => number, length = PERSON_ID_LENGTH): string {
  let s = 'P-';
  for (let i = 0; i < length; i++) s += PERSON_ID_ALPHABET[Math.floor(next() * PERSON_ID_ALPHABET.length)];
  return s;
}

/**
 * Ids for the demonstration's placeholder people, drawn from one seeded stream in the order they
 * are asked for: the same name gets the same id, two names never share one, and an id already
 * `taken` (a real person's) is never handed out.
 */
export class PersonIds {
  readonly #next: () => number;
  readonly #byName = new Map<string, string>();
  readonly #used: Set<string>;
  constructor(r: Pick<Rng, 'next'>, taken: Iterable<string> = []) {
    this.#next = r.next;
    this.#used = new Set(taken);
  }
  of(name: string): string {
    let id = this.#byName.get(name);
    if (id) return id;
    do id = randomPersonId(this.#next);
    while (this.#used.has(id));
    this.#used.add(id);
    this.#byName.set(name, id);
    return id;
  }
}

const BASE = BigInt(PERSON_ID_ALPHABET.length);
const SCALE_LENGTH = 10;
const SCALE_SPACE = BASE ** BigInt(SCALE_LENGTH);

/**
 * The id of the n-th synthetic person (n from 0 to 31^10 − 1) of a generated package: one-to-one,
 * so ids never collide however many people a package holds, without a table of ids: an affine
 * map modulo 31^10, keyed by the seed. It encodes n and nothing else; real ids never come from here.
 */
export function sequencePersonId(seed: number, n: bigint): string {
  if (n < 0n || n >= SCALE_SPACE) throw new Error(`sequence person id: ${n} is out of range`);
  // a multiplier prime to 31 keeps the map one-to-one
  let a = (BigInt(seed >>> 0) * 2654435761n + 40503n) % SCALE_SPACE;
  if (a % BASE === 0n) a += 1n;
  let y = (a * n + 1_000_003n) % SCALE_SPACE;
  let s = '';
  for (let i = 0; i < SCALE_LENGTH; i++, y /= BASE) s = PERSON_ID_ALPHABET[Number(y % BASE)]! + s;
  return `P-${s}`;
}

/**
 * The id of the `local`-th synthetic person (0–255) of a village in a scale-test package: the
 * same in whatever selection of the country the village is generated, and unique across all of it.
 */
export function scalePersonId(seed: number, villageCode: string, local: number): string {
  if (!/^\d{12}$/.test(villageCode) || !Number.isInteger(local) || local < 0 || local > 255) throw new Error(`scale person id: bad village ${villageCode} or number ${local}`);
  return sequencePersonId(seed, BigInt(villageCode) * 256n + BigInt(local));
}
