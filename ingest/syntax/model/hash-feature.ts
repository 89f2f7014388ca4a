// Integer hashing for features: a feature is a template number and a few integer atoms (word hashes, tag ids,
// labels, distances), combined into one 32-bit key with MurmurHash3's mixing steps. No strings are built per feature.

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

/** Mixes one 32-bit value into a running hash (MurmurHash3's body step). */
export function mixInto(hash: number, value: number): number {
  let k = Math.imul(value, C1);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, C2);
  let h = hash ^ k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** Final avalanche (MurmurHash3's fmix32); never returns 0, which tables use for "empty". */
export function finishHash(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}

/** A feature key from a template number and one to four atoms. */
export function featureKey(template: number, a: number, b = 0, c = 0, d = 0): number {
  let h = mixInto(template, a);
  h = mixInto(h, b);
  h = mixInto(h, c);
  h = mixInto(h, d);
  return finishHash(h);
}

/** FNV-1a over a string's UTF-16 code units, as a 32-bit integer (a word's atom). */
export function hashString(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}
