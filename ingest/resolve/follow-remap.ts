// Following the alias file's merges from an actor id to where it ends up (a → b, then b → c), and finding the
// cycles that would make that walk endless: merges that send two actors into each other (joe-biden →
// jens-stoltenberg → joe-biden), or a longer ring. A cycle is the analyst's mistake, reported in one line naming
// every id on it; nothing loops.

import { SchemaViolationError } from "../../graph-schema/index.ts";

const CYCLE_HINT = "give each actor one place to go: remove one of these merges, or make them one merge entry";

/** The ids of a cycle as one readable chain that ends where it starts: `a → b → a`. */
export function formatCycle(cycle: readonly string[]): string {
  return [...cycle, cycle[0]].join(" → ");
}

/**
 * The first cycle of `next` (id → the id it goes to) met when walking from each id in turn, as the ids on it in
 * walking order (a self-loop is no cycle: an id that stays itself); null when there is none. Linear in the
 * number of ids: each is walked once.
 * @example findRemapCycle(new Map([["a", "b"], ["b", "a"]])) // ["a", "b"]
 */
export function findRemapCycle(next: ReadonlyMap<string, string>): string[] | null {
  const done = new Set<string>();
  for (const start of next.keys()) {
    if (done.has(start)) continue;
    const path: string[] = [];
    const onPath = new Map<string, number>();
    for (let id: string | undefined = start; id !== undefined && !done.has(id);) {
      if (onPath.has(id)) return path.slice(onPath.get(id));
      onPath.set(id, path.length);
      path.push(id);
      const to: string | undefined = next.get(id);
      id = to === id ? undefined : to;
    }
    for (const id of path) done.add(id);
  }
  return null;
}

/** Throws a one-line SchemaViolationError naming the cycle of `next`, if it has one; `origin` names the file. */
export function assertNoRemapCycle(next: ReadonlyMap<string, string>, origin: string, what: string): void {
  const cycle = findRemapCycle(next);
  if (cycle === null) return;
  throw new SchemaViolationError(`${origin}: ${what} form a cycle: ${formatCycle(cycle)}`, { hint: CYCLE_HINT });
}

/**
 * Where `id` ends up after every merge (itself when none moved it). Stops at a cycle with a one-line error
 * instead of walking it forever.
 */
export function followRemap(remap: ReadonlyMap<string, string>, id: string, origin: string): string {
  let current = id;
  const seen = new Set<string>([id]);
  for (let next = remap.get(current); next !== undefined && next !== current; next = remap.get(current)) {
    if (seen.has(next)) assertNoRemapCycle(remap, origin, "the merges");
    seen.add(next);
    current = next;
  }
  return current;
}
