// Turns what a user typed for an actor ("Stoltenberg", "jens-stoltenberg", "the Kremlin") into one actor id,
// or a UsageError listing the candidates when it is unknown or ambiguous.

import { UsageError, type ActorMatch } from "../../graph-schema/index.ts";
import type { GraphReader } from "../store/graph-store.ts";
import { normalizeName } from "../store/sqlite/normalize-name.ts";

const CANDIDATES = 6;


export async function resolveActorArgument(reader: GraphReader, text: string, option: string): Promise<ActorMatch> {
  const wanted = text.trim();
  if (wanted === "") throw new UsageError(`${option}: give an actor name or id`);
  const matches = await reader.searchActors(wanted, CANDIDATES);
  const exact = matches.filter(
    (match) => match.id === wanted || normalizeName(match.name) === normalizeName(wanted) || normalizeName(match.matched) === normalizeName(wanted),
  );
  const distinct = new Map((exact.length > 0 ? exact : matches).map((match) => [match.id, match]));
  const list = (items: ActorMatch[]) => items.map((m) => `${m.name} (${m.id}, ${m.type})`).join("; ");
  if (distinct.size === 1) return [...distinct.values()][0]!;
  if (distinct.size === 0) {
    throw new UsageError(`${option}: no actor matches "${wanted}"`, { hint: "check the spelling, or search with newsgraph actors TEXT" });
  }
  // Several candidates: prefer one clearly ahead (an exact match with the most statements).
  const ranked = [...distinct.values()].sort((a, b) => b.statements - a.statements);
  if (exact.length > 0 && ranked[0]!.statements > 2 * (ranked[1]?.statements ?? 0)) return ranked[0]!;
  throw new UsageError(`${option}: "${wanted}" could be ${list(ranked)}`, { hint: "give the id instead" });
}
