import { describe, expect, it } from "vitest";
import {
  CACHED_VIEWS,
  readCachedLayout,
  writeCachedLayout,
  type KeyValueStorage,
} from "../../viewer/src/layout-cache.ts";

function memoryStorage(limitChars = Number.POSITIVE_INFINITY): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      const used = [...map.values()].reduce((sum, v) => sum + v.length, 0);
      if (used + value.length > limitChars) throw new Error("QuotaExceededError");
      map.set(key, value);
    },
    removeItem: (key) => void map.delete(key),
  };
}

describe("layout cache", () => {
  it("gives back a view's positions, rounded to hundredths", () => {
    const storage = memoryStorage();
    writeCachedLayout("view-a", Float32Array.from([1.234, -5, 10.005, 0]), storage);
    expect(Array.from(readCachedLayout("view-a", storage) ?? [])).toEqual([
      Math.fround(1.23),
      -5,
      Math.fround(10.01),
      0,
    ]);
    expect(readCachedLayout("view-b", storage)).toBe(null);
  });

  it("keeps the most recently used views and forgets the oldest", () => {
    const storage = memoryStorage();
    for (let i = 0; i <= CACHED_VIEWS; i++) writeCachedLayout(`view-${i}`, Float32Array.from([i, i]), storage);
    expect(readCachedLayout("view-0", storage)).toBe(null);
    expect(readCachedLayout(`view-${CACHED_VIEWS}`, storage)).not.toBe(null);
  });

  it("treats a damaged entry as a miss and a full storage as no cache", () => {
    const storage = memoryStorage(60);
    storage.map.set("newsgraph-layout:v1:broken", "[1, 2");
    expect(readCachedLayout("broken", storage)).toBe(null);
    expect(() => writeCachedLayout("large", new Float32Array(200), storage)).not.toThrow();
    expect(readCachedLayout("large", storage)).toBe(null);
  });
});
