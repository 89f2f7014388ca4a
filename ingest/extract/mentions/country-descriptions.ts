// A country named by description: "the country", "the Balkan nation", "the former Soviet republic", "the Baltic
// state". The mention stands for the nearest country named in the sentences before it that fits the description's
// region, resolved when actors are linked (link-actors.ts); a description that no country before it fits names no
// one. And the political West written in lower case ("accused the west of…").

import type { Sentence, Token } from "../../nlp/analyze-text.ts";
import { wordAfter, wordBefore } from "../../nlp/neighbour-words.ts";
import { makeMention, type Mention, type MentionContext } from "./mention-parts.ts";

/** Nouns a country is described by. "state" only with a region: alone it is also the government ("the state media"). */
const COUNTRY_NOUNS = new Set(["country", "nation", "republic"]);
const REGIONAL_NOUNS = new Set([...COUNTRY_NOUNS, "state"]);

const FORMER_SOVIET = [
  "Ukraine",
  "Belarus",
  "Moldova",
  "Georgia",
  "Armenia",
  "Azerbaijan",
  "Kazakhstan",
  "Kyrgyzstan",
  "Tajikistan",
  "Turkmenistan",
  "Uzbekistan",
  "Estonia",
  "Latvia",
  "Lithuania",
];

/** Region words and the countries (gazetteer names) they describe. */
export const COUNTRY_REGIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["soviet", new Set(FORMER_SOVIET)],
  ["baltic", new Set(["Estonia", "Latvia", "Lithuania"])],
  [
    "balkan",
    new Set([
      "Serbia",
      "Croatia",
      "Bosnia and Herzegovina",
      "Montenegro",
      "North Macedonia",
      "Albania",
      "Kosovo",
      "Slovenia",
      "Bulgaria",
      "Romania",
      "Greece",
    ]),
  ],
  ["nordic", new Set(["Norway", "Sweden", "Finland", "Denmark", "Iceland"])],
  ["scandinavian", new Set(["Norway", "Sweden", "Denmark"])],
  ["caucasus", new Set(["Georgia", "Armenia", "Azerbaijan"])],
  ["central asian", new Set(["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"])],
]);

/** Words that only qualify the region ("the former Soviet republic", "an ex-Soviet state", "post-Soviet"). */
const REGION_QUALIFIERS = new Set(["former", "ex", "post", "-", "south", "southern"]);
/** Describing adjectives that leave any country possible ("the war-torn country", "the neighbouring nation"). */
const FREE_ADJECTIVES = new Set([
  "war-torn",
  "neighbouring",
  "neighboring",
  "landlocked",
  "small",
  "tiny",
  "embattled",
  "besieged",
  "impoverished",
]);

/** Prepositions before which "the country" is a place, not an actor. */
const PLACE_PREPOSITIONS = new Set([
  "in",
  "of",
  "from",
  "across",
  "throughout",
  "into",
  "inside",
  "around",
  "outside",
  "over",
  "near",
  "within",
  "out",
  "beyond",
  "through",
  "about",
  "at",
]);

/** The region key of the words from i to j ("central asian", "soviet"), or "" for none, or null when not a region. */
function regionOf(tokens: readonly Token[], i: number, j: number): string | null {
  const words = tokens
    .slice(i, j)
    .filter((t) => t.pos !== "SPACE" && !REGION_QUALIFIERS.has(t.lower))
    .map((t) => t.lower);
  if (words.length === 0) return "";
  const key = words.join(" ");
  if (COUNTRY_REGIONS.has(key)) return key;
  return words.every((w) => FREE_ADJECTIVES.has(w)) ? "" : null;
}

/**
 * A country description at i (on "the"): "the country", "the Baltic state", "the former Soviet republic"; not "the
 * country's" (a possessor opens a person's description), "the state of emergency" nor "the Republic of Moldova".
 */
export function countryDescriptionAt(context: MentionContext, sentence: Sentence, i: number): Mention | null {
  const { tokens } = context.analyzed;
  if ((tokens[i] as Token).lower !== "the") return null;
  // "across the country", "diplomats evacuated from the country", "the other side of the country": a place.
  if (PLACE_PREPOSITIONS.has(tokens[wordBefore(tokens, i, sentence)]?.lower ?? "")) return null;
  for (let j = i + 1; j < Math.min(i + 6, sentence.tokenEnd); j++) {
    const token = tokens[j] as Token;
    if (!REGIONAL_NOUNS.has(token.lower)) continue;
    const region = regionOf(tokens, i + 1, j);
    if (region === null || (token.lower === "state" && region === "")) return null;
    const next = tokens[j + 1];
    const possessive = next !== undefined && (next.lower === "'s" || next.lower === "’s");
    // "the country's president" opens a person's description; "the former Soviet republic's decision" is the country's.
    if ((possessive && region === "") || next?.pos === "PROPN") return null;
    // "the state of emergency", "the Republic of Moldova": a name or another thing; "accused the country of…" is not.
    if (next?.lower === "of" && (token.lower === "state" || tokens[j + 2]?.capitalised === true)) return null;
    const mention = makeMention(context, sentence, "description", i, j + 1, {
      name: context.analyzed.text.slice((tokens[i] as Token).start, token.end),
      type: "COUNTRY",
      countryRegion: region,
    });
    // Without a region, only as the object of a verb or a preposition ("invaded the country", "sanctions against the
    // country"): as a subject "the country" is often the article's own topic, not the country named last.
    return region === "" && !mention.governed ? null : mention;
  }
  return null;
}

/** Words before "the west" that make it a direction or a region ("in the west", "towards the west"). */
const DIRECTION_PREPOSITIONS = new Set(["in", "into", "across", "towards", "toward", "throughout", "over"]);
/** Words after "the west" that make it a place ("the west of Ukraine", "the west bank", "the west coast"). */
const PLACE_WORDS = new Set(["of", "bank", "coast", "side", "end", "wing", "part", "wind", "winds"]);

/**
 * "the west" written in lower case, as some outlets write the political West ("accused the west of…", "urging the
 * west to…"): the gazetteer's West, unless it is a direction or a place.
 */
export function lowerCaseWestAt(context: MentionContext, sentence: Sentence, i: number): Mention | null {
  const { tokens } = context.analyzed;
  const west = tokens[i + 1];
  if ((tokens[i] as Token).lower !== "the" || west?.text !== "west" || i + 1 >= sentence.tokenEnd) return null;
  if (DIRECTION_PREPOSITIONS.has(tokens[wordBefore(tokens, i, sentence)]?.lower ?? "")) return null;
  const nextAt = wordAfter(tokens, i + 1, sentence);
  const next = tokens[nextAt];
  // "accused the west of provoking the war": "of" before a gerund is what the West is accused of, not a region.
  const gerund = next?.lower === "of" && /ing$/.test(tokens[wordAfter(tokens, nextAt, sentence)]?.lower ?? "");
  if (PLACE_WORDS.has(next?.lower ?? "") && !gerund) return null;
  const entry = context.gazetteer.byName("the West");
  if (!entry) return null;
  return makeMention(context, sentence, "entity", i, i + 2, {
    name: entry.name,
    type: entry.type,
    entryKey: entry.key,
  });
}
