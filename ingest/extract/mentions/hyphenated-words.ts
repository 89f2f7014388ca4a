// Words joined by a hyphen written without spaces, as wink splits them into three tokens: a hyphen inside a name
// ("Thomas-Greenfield", "NATO-Russia Council"), a given name's second syllable ("Ban Ki-moon"), and a place a body is
// based in ("Kyiv-based").

import type { Token } from "../../nlp/analyze-text.ts";

/** True when token b starts where token a ends (no space between them). */
export const adjoins = (a: Token | undefined, b: Token | undefined): boolean =>
  a !== undefined && b !== undefined && a.end === b.start;

/** The word a hyphen at j joins to the word before it, written without spaces ("NATO-Russia", "Kyiv-based"). */
const joinedAt = (tokens: readonly Token[], j: number): Token | undefined => {
  const hyphen = tokens[j];
  const after = tokens[j + 1];
  return hyphen?.text === "-" && adjoins(tokens[j - 1], hyphen) && adjoins(hyphen, after) ? after : undefined;
};

/** Words after a hyphen that make a compound modifier of a name, not a syllable of it ("Putin-led", "Kyiv-run"). */
const COMPOUND_SUFFIXES = new Set(["led", "run", "era", "born", "made", "owned", "held", "style", "type", "wide"]);

/**
 * A hyphen at j joins a short capitalised syllable to a short lower-case one, as East Asian given names are written
 * ("Ki-moon", "Jong-un", "Jae-in").
 */
export function syllableNameAt(tokens: readonly Token[], j: number): boolean {
  const after = joinedAt(tokens, j);
  const before = tokens[j - 1];
  if (!after || !before || after.capitalised || !before.capitalised) return false;
  return (
    before.text.length <= 4 &&
    /^\p{Ll}{2,5}$/u.test(after.text) &&
    !COMPOUND_SUFFIXES.has(after.lower) &&
    !adjoins(after, tokens[j + 2])
  );
}

/** A hyphen at j joins the name before it to a capitalised word ("NATO-Russia Council"). */
export const hyphenatedAt = (tokens: readonly Token[], j: number): boolean => joinedAt(tokens, j)?.capitalised === true;

/** "-based" at j: the name before it is where something is based, a place and not an actor. */
export const locationModifierAt = (tokens: readonly Token[], j: number): boolean =>
  joinedAt(tokens, j)?.lower === "based";
