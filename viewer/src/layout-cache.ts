// Positions of the views already laid out, in the browser's localStorage, keyed by what the view draws: opening
// the same view of the same store again shows the same picture at once, without running the layout. Keeps the
// most recently used views; a full or missing storage only means the layout runs again.

const PREFIX = "newsgraph-layout:v1:";
const INDEX_KEY = `${PREFIX}index`;
/** Views whose positions are kept. */
export const CACHED_VIEWS = 24;

/** The part of localStorage the cache uses (a Map in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function browserStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    // Storage refused (privacy settings): the layout just runs each time.
    return null;
  }
}

/** Cached x, y per node (in the view's node order), or null. */
export function readCachedLayout(fingerprint: string, storage = browserStorage()): Float32Array | null {
  const text = storage?.getItem(PREFIX + fingerprint);
  if (!text) return null;
  try {
    const values = JSON.parse(text) as unknown;
    if (!Array.isArray(values) || !values.every((v) => typeof v === "number" && Number.isFinite(v))) return null;
    touch(storage!, fingerprint);
    return Float32Array.from(values as number[]);
  } catch {
    // A damaged entry is a miss.
    return null;
  }
}

/** Stores a view's positions, dropping the least recently used views beyond CACHED_VIEWS. */
export function writeCachedLayout(fingerprint: string, xy: Float32Array, storage = browserStorage()): void {
  if (!storage) return;
  const rounded = Array.from(xy, (v) => Math.round(v * 100) / 100);
  try {
    storage.setItem(PREFIX + fingerprint, JSON.stringify(rounded));
    touch(storage, fingerprint);
  } catch {
    // Quota exceeded: forget the oldest half and do without this one.
    const index = readIndex(storage);
    for (const old of index.slice(0, Math.ceil(index.length / 2))) storage.removeItem(PREFIX + old);
    storage.setItem(INDEX_KEY, JSON.stringify(index.slice(Math.ceil(index.length / 2))));
  }
}

function readIndex(storage: KeyValueStorage): string[] {
  try {
    const index = JSON.parse(storage.getItem(INDEX_KEY) ?? "[]") as unknown;
    return Array.isArray(index) ? index.filter((k): k is string => typeof k === "string") : [];
  } catch {
    return [];
  }
}

function touch(storage: KeyValueStorage, fingerprint: string): void {
  const index = readIndex(storage).filter((key) => key !== fingerprint);
  index.push(fingerprint);
  while (index.length > CACHED_VIEWS) storage.removeItem(PREFIX + index.shift());
  storage.setItem(INDEX_KEY, JSON.stringify(index));
}
