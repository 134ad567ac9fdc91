// A text's fingerprint for finding republished copies (aggregators repost other outlets'
// articles verbatim, with a line of their own around them): the set of its word shingles, a
// MinHash signature of that set, and the signature's LSH band keys. Two texts whose shingle sets
// are alike share a band key with high probability, so candidates are looked up by key in an
// index (time that does not grow with the archive) and then compared exactly. Pure.
//
// Written here rather than taken from npm: the maintained probabilistic-structure libraries give
// a MinHash signature but no LSH banding, and the keys must stay the same across releases (they
// are stored), which a fixed, documented hash family of our own guarantees.
import { nameKey } from '@shabaka/model';

/** Words per shingle: long enough that unrelated reports on one event rarely share many. */
export const SHINGLE_WORDS = 4;
/** Signature length = bands × rows. 32 bands of 4 rows: a pair with Jaccard 0.7 shares a key with
 * probability 0.9998, a pair with Jaccard 0.1 with 0.003. */
export const MINHASH_BANDS = 32;
export const MINHASH_ROWS = 4;
/** Shingle-set Jaccard from which two texts are one story republished. */
export const COPY_SIMILARITY = 0.7;
/** Texts with fewer shingles (a one-line item) are too short to call copies of each other. */
export const MIN_SHINGLES = 12;

/** 32-bit FNV-1a of a string: each shingle's number. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** murmur3's finalizer: a bijection of 32-bit numbers that mixes every bit into every other. */
function mix(x: number): number {
  let h = x;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

// The hash family: h_i(x) = mix(x XOR seed_i), with fixed seeds so that every release computes
// the same band keys for the same text (they are stored and looked up).
const SEEDS = Array.from({ length: MINHASH_BANDS * MINHASH_ROWS }, (_, i) => mix(0x9e3779b9 + i));

/** The folded word shingles of a text (spelling variants and punctuation do not count). */
export function shingles(text: string): Set<string> {
  const words = nameKey(text).split(' ').filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++)
    out.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return out;
}

/** 32-bit djb2 (xor variant) of a string: the low bits of a shingle's hash, independent of FNV's. */
function djb2(text: string): number {
  let hash = 5381;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash, 33) ^ text.charCodeAt(i);
  return hash >>> 0;
}

const LOW_BITS = 2 ** 21;

/**
 * A text's shingles as sorted 53-bit hashes (FNV-1a's 32 bits above 21 of djb2's): a tenth of
 * the memory of the strings, so that many stay cached between batches, and compared by a merge.
 * Two distinct shingles share a hash about once in 10^15 pairs, so similarities are the strings'.
 */
export type ShingleHashes = Float64Array;

/** |A ∩ B| / |A ∪ B| of two shingle sets. */
export function jaccard(a: ShingleHashes, b: ShingleHashes): number {
  if (a.length === 0 && b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

export interface Fingerprint {
  shingles: ShingleHashes;
  /** LSH band keys, each band's index and rows hashed: what the index looks candidates up by. */
  bands: string[];
}

function hashesOf(set: readonly string[], values: readonly number[]): ShingleHashes {
  return Float64Array.from(set, (s, k) => values[k]! * LOW_BITS + (djb2(s) % LOW_BITS)).sort();
}

/** The text's shingles, hashed (a stored candidate's: its band keys are stored already). */
export function shingleHashes(text: string): ShingleHashes {
  const set = [...shingles(text)];
  return hashesOf(set, set.map(fnv1a));
}

/** The text's shingles and band keys; no bands for a text too short to compare. */
export function fingerprint(text: string): Fingerprint {
  const set = [...shingles(text)];
  const values = set.map(fnv1a);
  const hashes = hashesOf(set, values);
  if (set.length < MIN_SHINGLES) return { shingles: hashes, bands: [] };
  const signature = SEEDS.map((seed) => {
    let min = 0xffffffff;
    for (const x of values) {
      const h = mix(x ^ seed);
      if (h < min) min = h;
    }
    return min;
  });
  const bands = Array.from({ length: MINHASH_BANDS }, (_, band) => {
    const rows = signature.slice(band * MINHASH_ROWS, (band + 1) * MINHASH_ROWS).join(':');
    return `b${band.toString(36)}x${fnv1a(rows).toString(36)}`;
  });
  return { shingles: hashes, bands };
}
