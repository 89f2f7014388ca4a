// Exact and near-duplicate articles (the same wire story on two sites, a republished page with a new footer):
// MinHash signatures over word shingles with LSH banding, so each check costs a few bucket look-ups. Memory is
// bounded: past `maxArticles` the oldest articles are forgotten.

import { createHash } from "node:crypto";
import { UsageError } from "../../graph-schema/errors.ts";

/** MinHash signature length: 16 bands of 4 rows (an 0.8-similar pair shares a band with probability > 0.999). */
const SIGNATURE_LENGTH = 64;
const BAND_ROWS = 4;

export interface DuplicateDetectorOptions {
  /** Estimated Jaccard similarity of word shingles at or above which two articles are near-duplicates (0..1]. */
  threshold: number;
  /** Words per shingle. */
  shingleWords: number;
  /** Articles remembered; the oldest are forgotten beyond this (about 1 KB each). */
  maxArticles: number;
}

export const DEFAULT_DUPLICATE_DETECTOR_OPTIONS: DuplicateDetectorOptions = {
  threshold: 0.8,
  shingleWords: 5,
  maxArticles: 100_000,
};

export interface DuplicateMatch {
  kind: "exact" | "near";
  /** Id of the earlier article this one duplicates. */
  of: string;
  /** Estimated similarity, 1 for exact duplicates. */
  similarity: number;
}

export interface DuplicateDetector {
  /** Returns the earlier article this one duplicates, or null, in which case the article is remembered. */
  check(id: string, text: string): DuplicateMatch | null;
  /** Number of articles remembered. */
  readonly size: number;
}

/** Validates options merged over the defaults; throws UsageError on a bad value. */
export function resolveDuplicateDetectorOptions(partial: Partial<DuplicateDetectorOptions> = {}): DuplicateDetectorOptions {
  const options = { ...DEFAULT_DUPLICATE_DETECTOR_OPTIONS, ...partial };
  if (!(options.threshold > 0 && options.threshold <= 1)) {
    throw new UsageError(`ingest/clean: duplicate threshold must be in (0, 1], found ${String(options.threshold)}`);
  }
  if (!Number.isSafeInteger(options.shingleWords) || options.shingleWords < 1) {
    throw new UsageError(`ingest/clean: shingleWords must be a positive integer, found ${String(options.shingleWords)}`);
  }
  if (!Number.isSafeInteger(options.maxArticles) || options.maxArticles < 1) {
    throw new UsageError(`ingest/clean: maxArticles must be a positive integer, found ${String(options.maxArticles)}`);
  }
  return options;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** murmur3's finaliser: spreads the bits of one shingle hash into independent-looking values per seed. */
function mix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Uint32Array.from({ length: SIGNATURE_LENGTH }, (_, i) => mix(0x9e3779b9 + i * 0x632be5ab));

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function signature(tokens: readonly string[], shingleWords: number): Uint32Array {
  const result = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  const wordHashes = tokens.map(fnv1a);
  const count = Math.max(1, tokens.length - shingleWords + 1);
  for (let start = 0; start < count; start++) {
    let shingle = 0x2545f491;
    for (let w = start; w < start + shingleWords && w < wordHashes.length; w++) {
      shingle = mix(Math.imul(shingle, 31) + (wordHashes[w] as number));
    }
    for (let i = 0; i < SIGNATURE_LENGTH; i++) {
      const value = mix(shingle ^ (SEEDS[i] as number));
      if (value < (result[i] as number)) result[i] = value;
    }
  }
  return result;
}

const BANDS = SIGNATURE_LENGTH / BAND_ROWS;

/**
 * One 32-bit key per band (a small integer, no string: 100k articles keep 1.6M of them). Two bands that hash
 * alike only add a candidate, which the full signature then compares.
 */
function bandKeys(sig: Uint32Array): Int32Array {
  const keys = new Int32Array(BANDS);
  for (let band = 0; band < BANDS; band++) {
    let hash = 0x2545f491 ^ band;
    for (let row = band * BAND_ROWS; row < (band + 1) * BAND_ROWS; row++) hash = mix(hash ^ (sig[row] as number));
    keys[band] = hash | 0;
  }
  return keys;
}

function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_LENGTH; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_LENGTH;
}

interface Entry {
  id: string;
  sequence: number;
  exactKey: string;
  signature: Uint32Array;
}

/**
 * Creates a detector that remembers articles and flags later exact duplicates (same words, ignoring case,
 * punctuation and spacing) and near-duplicates (estimated shingle similarity ≥ threshold).
 * @example
 * const detector = createDuplicateDetector({ threshold: 0.8 });
 * detector.check("a1", text);          // null: first seen
 * detector.check("a2", text + " Ad.");  // { kind: "near", of: "a1", similarity: 0.9… }
 */
export function createDuplicateDetector(partial: Partial<DuplicateDetectorOptions> = {}): DuplicateDetector {
  const options = resolveDuplicateDetectorOptions(partial);
  const byExactKey = new Map<string, Entry>();
  // Per band: key → the entry, or the entries, that have it (most keys have one).
  const buckets = Array.from({ length: BANDS }, () => new Map<number, Entry | Entry[]>());
  const inBucket = (band: number, key: number): readonly Entry[] => {
    const found = buckets[band]!.get(key);
    return found === undefined ? [] : Array.isArray(found) ? found : [found];
  };
  const order: (Entry | undefined)[] = [];
  let head = 0;
  let sequence = 0;

  const forgetOldest = (): void => {
    const oldest = order[head];
    if (oldest === undefined) return;
    order[head] = undefined;
    head++;
    // Compact the queue now and then so forgotten slots do not pile up.
    if (head > 1024 && head * 2 > order.length) {
      order.splice(0, head);
      head = 0;
    }
    if (byExactKey.get(oldest.exactKey) === oldest) byExactKey.delete(oldest.exactKey);
    bandKeys(oldest.signature).forEach((key, band) => {
      const rest = inBucket(band, key).filter((entry) => entry !== oldest);
      if (rest.length === 0) buckets[band]!.delete(key);
      else buckets[band]!.set(key, rest.length === 1 ? rest[0]! : rest);
    });
  };

  return {
    get size() {
      return order.length - head;
    },
    check(id, text) {
      const tokens = words(text);
      const exactKey = createHash("sha256").update(tokens.join(" ")).digest("base64");
      const exact = byExactKey.get(exactKey);
      if (exact !== undefined) return { kind: "exact", of: exact.id, similarity: 1 };
      const sig = signature(tokens, options.shingleWords);
      const keys = bandKeys(sig);
      let best: { entry: Entry; similarity: number } | null = null;
      const seen = new Set<Entry>();
      for (let band = 0; band < BANDS; band++) {
        for (const entry of inBucket(band, keys[band] as number)) {
          if (seen.has(entry)) continue;
          seen.add(entry);
          const score = similarity(sig, entry.signature);
          if (score >= options.threshold && (best === null || entry.sequence < best.entry.sequence)) best = { entry, similarity: score };
        }
      }
      if (best !== null) return { kind: "near", of: best.entry.id, similarity: best.similarity };
      const entry: Entry = { id, sequence: sequence++, exactKey, signature: sig };
      byExactKey.set(exactKey, entry);
      keys.forEach((key, band) => {
        const bucket = buckets[band]!.get(key);
        if (bucket === undefined) buckets[band]!.set(key, entry);
        else if (Array.isArray(bucket)) bucket.push(entry);
        else buckets[band]!.set(key, [bucket, entry]);
      });
      order.push(entry);
      if (order.length - head > options.maxArticles) forgetOldest();
      return null;
    },
  };
}
