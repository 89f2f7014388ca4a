// What compiling the people lexicon asks of the rest of newsgraph (compile-phoenix-people.ts): the gazetteer's names
// of countries and bodies, wink's English words and the English first-name lists. Used by
// scripts/build-event-lexicon.ts and by the test that checks the shipped file is what the dictionaries give.

import type { Gazetteer, GazetteerMatchKind } from "../../gazetteer/gazetteer.ts";
import { isEnglishGivenName } from "../mentions/name-gender.ts";
import type { PeopleSources } from "./compile-phoenix-people.ts";

/**
 * The compiler's sources over a gazetteer and an English lexicon (`knowsWord`: wink's, whose lower-case words are
 * never a person's name alone).
 */
export function createPeopleSources(gazetteer: Gazetteer, knowsWord: (lower: string) => boolean): PeopleSources {
  /** The gazetteer entry a whole text names, with the kind of form it is. */
  const wholeMatch = (text: string): { name: string; kind: GazetteerMatchKind } | null => {
    const ends = new Uint8Array(text.length + 1);
    ends[text.length] = 1;
    const match = gazetteer.matchAt(text, 0, ends);
    if (!match) return null;
    // "UN Security Council" files its members under the UN: a body's part stands for the body.
    const { entry } = match;
    const name = entry.type === "ORGANIZATION" && entry.affiliation !== null ? entry.affiliation : entry.name;
    return { name, kind: match.kind };
  };
  return {
    knownBody: (name) => {
      const match = wholeMatch(name);
      return match?.kind === "name" ? match.name : null;
    },
    isBodyWord: (lower) => {
      const kind = wholeMatch(lower.charAt(0).toUpperCase() + lower.slice(1))?.kind;
      return kind !== undefined && kind !== "place";
    },
    isEnglishWord: knowsWord,
    isGivenName: isEnglishGivenName,
  };
}
