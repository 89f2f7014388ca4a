// Weapons' names written like proper names ("Storm Shadow missiles", "Patriot systems", "Taurus"): things, never
// actors, also where the article later names them without their noun.

import type { AnalyzedText, Token } from "../nlp/analyze-text.ts";
import { WEAPON_MODIFIERS, WEAPON_NOUNS } from "./mention-lexicon.ts";
import type { MentionContext } from "./mention-parts.ts";

/** A weapon noun at j, after at most two modifiers ("missiles", "cruise missiles", "air defence systems"). */
function weaponNounAt(tokens: readonly Token[], j: number): boolean {
  let k = j;
  while (k < j + 2 && WEAPON_MODIFIERS.has(tokens[k]?.lower ?? "")) k++;
  return WEAPON_NOUNS.has(tokens[k]?.lower ?? "");
}

const WEAPON_NAMES = new WeakMap<AnalyzedText, Set<string>>();

/**
 * The chunk from..to names a weapon: a weapon noun follows it ("Storm Shadow missiles"), or followed it earlier in
 * the article ("… missiles. Kyiv used Storm Shadow to strike…"). Names are remembered in reading order, per article.
 */
export function weaponNameAt(context: MentionContext, from: number, to: number): boolean {
  const { tokens, text } = context.analyzed;
  const known = WEAPON_NAMES.get(context.analyzed);
  const weapon = weaponNounAt(tokens, to);
  if (!weapon && known === undefined) return false;
  const name = text.slice((tokens[from] as Token).start, (tokens[to - 1] as Token).end);
  if (!weapon) return known?.has(name) === true;
  if (known) known.add(name);
  else WEAPON_NAMES.set(context.analyzed, new Set([name]));
  return true;
}
