// Shared parts of mention recognition: the Mention type, the per-article context, and the low-level scanners
// (gazetteer lookup with metonymy, role titles, proper-name runs) that the recognisers in find-mentions build on.

import type { ActorType } from "../../../graph-schema/index.ts";
import { gazetteerKey, type Gazetteer, type GazetteerEntry, type GazetteerMatch } from "../../gazetteer/gazetteer.ts";
import type { AnalyzedText, Sentence, Token } from "../../nlp/analyze-text.ts";
import {
  CHUNK_STOPWORDS,
  CHUNK_TITLES,
  HEADING_WORDS,
  NON_ACTOR_CAPITALS,
  ORGANIZATION_HEADS,
  PLACE_NOUNS,
  PORTFOLIOS,
  ROLE_TITLES,
} from "./mention-lexicon.ts";
import { glued, wordCount, wordEndAt } from "../../nlp/glued-words.ts";
import { hyphenatedAt, syllableNameAt } from "./hyphenated-words.ts";

export const MENTION_KINDS = [
  "entity",
  "person",
  "name",
  "description",
  "pronoun",
  "official",
  "group",
  "demonym",
] as const;
/**
 * entity: gazetteer actor; person: full or titled name; name: bare proper noun (surname, unknown word);
 * demonym: an adjective ("Russian invasion") that may only be the agent or target of an event noun.
 */
export type MentionKind = (typeof MENTION_KINDS)[number];

export interface Mention {
  kind: MentionKind;
  sentence: number;
  /** Token range of the whole phrase (titles included), used to find clause positions. */
  tokenStart: number;
  tokenEnd: number;
  /** Character range of the actor's name (or the whole phrase when there is no name). */
  start: number;
  end: number;
  surface: string;
  /** Proper name (person/name), gazetteer name (entity), the phrase (group/description). */
  name: string;
  type: ActorType | null;
  /** Gazetteer key of an entity, of an official's institution, or of an organisation description. */
  entryKey: string | null;
  /**
   * The entry comes from a description ("the alliance's spokesman"): it stands for the organisation only when the
   * article names that organisation too.
   */
  describedEntry: boolean;
  role: string | null;
  /** Canonical name of the affiliation from a title phrase. */
  affiliation: string | null;
  /** Gazetteer key of that affiliation ("the Russian ambassador": Russia's). */
  affiliationKey: string | null;
  /** A capital or institution standing for its country (Moscow, the Kremlin). */
  metonymy: boolean;
  /** Set by linkActors: index of the article actor, or -1 when unresolved. */
  actor: number;
  /** True for honorific names ("Mr Biden") and names followed by a speech verb: certainly a person. */
  personCue: boolean;
  /** The gender a honorific gives ("Ms Truss": "f", "Mr Biden": "m"), else null. */
  gender: "f" | "m" | null;
  /** A lone capitalised word opening a sentence: a name only if the article uses it elsewhere. */
  sentenceInitial: boolean;
  /** A lone capitalised word opening a sentence, even one a verb confirms: no name if the article writes it in lower case. */
  opensSentence: boolean;
  /** A demonym phrase standing for its country ("Russian troops"): not a proper name. */
  adjectival: boolean;
  /** Right after a verb or preposition: an object, so a weaker antecedent for pronouns than a subject. */
  governed: boolean;
  /**
   * A name of English words only, none a given name ("Statute", "Advisor", "Pine Gap"): a thing, a place or a role
   * written with capitals, not an actor's name unless the article shows it is one.
   */
  wordsOnly: boolean;
  /**
   * A country named by description ("the country", "the Baltic state"): the region key it must fit ("" for any);
   * null for every other mention.
   */
  countryRegion: string | null;
}

export interface MentionContext {
  analyzed: AnalyzedText;
  gazetteer: Gazetteer;
  /** Gazetteer key → gazetteer key of the country it stands for (metonymy); empty when switched off. */
  metonyms: ReadonlyMap<string, string>;
  /** 1 at each character offset where a token ends, for gazetteer boundary checks. */
  tokenEnds: Uint8Array;
  /** Per token index: its gazetteer hit, null for none, undefined until looked up (filled as the article is scanned). */
  gazetteerHits: (GazetteerHit | null | undefined)[];
  /** Whether a lower-case word is an English word of wink's model ("airborne", "division"); absent: none is. */
  knowsWord?: (lower: string) => boolean;
}

/**
 * Role titles as token sequences, indexed by their first word. A hyphenated title is filed both as one token and
 * split at its hyphens, as the tokenizer writes it either way ("Vice-President"; "Secretary", "-", "General").
 */
export const TITLES_BY_FIRST_WORD = new Map<string, Array<readonly string[]>>();
/** Ministers and secretaries of every portfolio ("minister of transport", "transport minister", "trade secretary"). */
const PORTFOLIO_TITLES = PORTFOLIOS.flatMap((portfolio) => [
  `minister of ${portfolio}`,
  `deputy minister of ${portfolio}`,
  `${portfolio} minister`,
  `deputy ${portfolio} minister`,
  `secretary of ${portfolio}`,
  `${portfolio} secretary`,
]);
for (const title of [...ROLE_TITLES, ...PORTFOLIO_TITLES]) {
  const forms = [title.split(" "), title.split(/\s+|(?=-)|(?<=-)/)];
  for (const words of title.includes("-") ? forms : forms.slice(0, 1)) {
    const bucket = TITLES_BY_FIRST_WORD.get(words[0] as string) ?? [];
    bucket.push(words);
    TITLES_BY_FIRST_WORD.set(words[0] as string, bucket);
  }
}
const NAME_CONNECTORS = new Set(["bin", "al", "de", "van", "von", "der", "la", "le", "da", "di", "du"]);

/** A word that makes a name an organisation, with or without its abbreviation point ("Inc.", "Corp", "Ministry"). */
export const isOrganizationHead = (token: Token): boolean =>
  ORGANIZATION_HEADS.has(token.lower.endsWith(".") ? token.lower.slice(0, -1) : token.lower);

export function makeMention(
  context: MentionContext,
  sentence: Sentence,
  kind: MentionKind,
  from: number,
  to: number,
  fields: Partial<Mention> & { name: string },
): Mention {
  const { tokens, text } = context.analyzed;
  const start = fields.start ?? (tokens[from] as Token).start;
  const previous = tokens[from - 1];
  const end = fields.end ?? (tokens[to - 1] as Token).end;
  return {
    kind,
    sentence: sentence.index,
    tokenStart: from,
    tokenEnd: to,
    start,
    end,
    surface: text.slice(start, end),
    type: null,
    entryKey: null,
    describedEntry: false,
    role: null,
    affiliation: null,
    affiliationKey: null,
    metonymy: false,
    actor: -1,
    personCue: false,
    gender: null,
    sentenceInitial: false,
    opensSentence: false,
    adjectival: false,
    wordsOnly: false,
    countryRegion: null,
    governed:
      from > sentence.tokenStart && previous !== undefined && (previous.pos === "VERB" || previous.pos === "ADP"),
    ...fields,
  };
}

export interface GazetteerHit {
  match: GazetteerMatch;
  entry: GazetteerEntry;
  endToken: number;
  metonymy: boolean;
}

/** Gazetteer match at token i, with metonymy applied; `null` when none. Memoised per article. */
export function gazetteerAt(context: MentionContext, i: number): GazetteerHit | null {
  const known = context.gazetteerHits[i];
  if (known !== undefined) return known;
  const hit = lookUpGazetteer(context, i);
  context.gazetteerHits[i] = hit;
  return hit;
}

function lookUpGazetteer(context: MentionContext, i: number): GazetteerHit | null {
  const { tokens, text } = context.analyzed;
  const token = tokens[i];
  // Every gazetteer form starts with a capital, a digit (G7) or "the".
  if (!token || (!token.capitalised && token.lower !== "the" && !/^\d/.test(token.text))) return null;
  const match = context.gazetteer.matchAt(text, token.start, context.tokenEnds);
  if (!match) return null;
  let endToken = i;
  while (endToken < tokens.length && (tokens[endToken] as Token).end <= match.end) endToken++;
  // A place of a country (Chicago) never stands for it; a capital may (Moscow).
  const mapped =
    match.kind === "place"
      ? undefined
      : context.metonyms.get(match.kind === "capital" ? gazetteerKey(match.surface) : match.entry.key);
  const entry = mapped ? (context.gazetteer.byKey(mapped) ?? match.entry) : match.entry;
  const metonymy = mapped !== undefined || (match.kind === "capital" && entry !== match.entry);
  return { match, entry, endToken, metonymy };
}

/**
 * A role title as one canonical string: lower case, words separated by one space, hyphens too ("Secretary-General"
 * and "secretary general" are one role).
 */
export function roleTitle(tokens: readonly Token[], from: number, to: number): string {
  const words: string[] = [];
  for (let k = from; k < to; k++) words.push((tokens[k] as Token).lower);
  return words
    .join(" ")
    .replace(/\s*-\s*/g, " ")
    .replace(/^gen\.?$/, "general");
}

export function titleAt(tokens: readonly Token[], i: number, end: number): number {
  let best = 0;
  for (const words of TITLES_BY_FIRST_WORD.get((tokens[i] as Token).lower) ?? []) {
    if (words.length <= best || i + words.length > end) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = (tokens[i + k] as Token).lower === words[k];
    if (ok) best = words.length;
  }
  return best;
}

/** A proper name of up to five capitalised tokens starting at i (never a gazetteer name or title). */
export function properNameAt(context: MentionContext, sentence: Sentence, i: number, titled = false): number {
  const { tokens } = context.analyzed;
  let j = i;
  let organization = false;
  // At most five words, however many tokens wink split an accented word into ("Władysław" is five).
  while (j < sentence.tokenEnd && wordCount(tokens, i, j) < 5) {
    const token = tokens[j] as Token;
    const isNamePart =
      token.capitalised &&
      token.pos !== "PUNCT" &&
      !token.inDate &&
      !CHUNK_STOPWORDS.has(token.lower) &&
      !NON_ACTOR_CAPITALS.has(token.lower) &&
      /^\p{Lu}[\p{L}'’.-]*$/u.test(token.text);
    if (isNamePart) {
      // A gazetteer name ends the chunk, except as a titled person's surname ("Deputy Minister Hanna Mali").
      const known = j > i ? gazetteerAt(context, j) : null;
      if (known?.match.kind === "name" && !(titled && j === i + 1 && !tokens[j + 1]?.capitalised)) break;
      if (isOrganizationHead(token)) organization = true;
      j = wordEndAt(tokens, j);
      continue;
    }
    const next = tokens[j + 1];
    // "Thomas-Greenfield", "Rimsky-Korsakov": a hyphen inside a name, written without spaces.
    if (j > i && hyphenatedAt(tokens, j)) {
      j++;
      continue;
    }
    // "Ban Ki-moon", "Kim Jong-un", "Tsai Ing-wen": a two-syllable given name after a surname, its second syllable
    // written in lower case.
    if (wordCount(tokens, i, j) >= 2 && syllableNameAt(tokens, j)) return j + 2 - i;
    // "Ministry of Foreign Affairs": a portfolio completes the name ("… Affairs Le Yucheng" is a person).
    const portfolio = organization && token.text === "of" ? portfolioAt(tokens, j + 1, sentence.tokenEnd) : 0;
    if (portfolio > 0) {
      j += 1 + portfolio;
      break;
    }
    // "Bank of England", "Patriotic Union of Kurdistan": a known country or region closes an organisation's name.
    const country = organization && token.text === "of" ? gazetteerAt(context, j + 1) : null;
    if (country?.match.kind === "name" && country.entry.type !== "ORGANIZATION" && country.entry.type !== "MEDIA") {
      j = country.endToken;
      break;
    }
    // "Securities and Exchange Commission": one word and a name with an organisation head.
    if (j === i + 1 && (token.text === "and" || token.text === "&") && next?.capitalised) {
      const rest = properNameAt(context, sentence, j + 1);
      if (tokens.slice(j + 1, j + 1 + rest).some(isOrganizationHead)) return j + 1 + rest - i;
    }
    const connector =
      NAME_CONNECTORS.has(token.text) || (organization && (token.text === "of" || token.text === "for"));
    if (j > i && connector && (next?.capitalised || NAME_CONNECTORS.has(next?.text ?? ""))) {
      j++;
      continue;
    }
    break;
  }
  // Never end on a connector ("Ministry of Foreign Affairs of").
  while (j > i && !(tokens[j - 1] as Token).capitalised && !glued(tokens[j - 2], tokens[j - 1])) j--;
  return j - i;
}

const PORTFOLIOS_BY_FIRST_WORD = new Map<string, Array<readonly string[]>>();
for (const phrase of PORTFOLIOS) {
  const words = phrase.split(" ");
  PORTFOLIOS_BY_FIRST_WORD.set(words[0] as string, [
    ...(PORTFOLIOS_BY_FIRST_WORD.get(words[0] as string) ?? []),
    words,
  ]);
}

/** Length of the longest portfolio ("Foreign Affairs", "Health and Human Services") at i, or 0. */
function portfolioAt(tokens: readonly Token[], i: number, end: number): number {
  let best = 0;
  for (const words of PORTFOLIOS_BY_FIRST_WORD.get(tokens[i]?.lower ?? "") ?? []) {
    if (words.length <= best || i + words.length > end) continue;
    if (words.every((word, k) => (tokens[i + k] as Token).lower === word)) best = words.length;
  }
  return best;
}

/** A word that is never a name on its own: a single letter, a table heading ("Attendance") or a bare title. */
export function loneNonName(token: Token): boolean {
  const { text } = token;
  const letter = text.length === 1 || (text.length === 2 && text.charAt(1) === ".");
  return (letter && token.capitalised) || HEADING_WORDS.has(token.lower) || CHUNK_TITLES.has(token.lower);
}

/** Memoises a property of a sentence; a sentence object belongs to one analysed article. */
export function perSentence(
  compute: (context: MentionContext, sentence: Sentence) => boolean,
): (context: MentionContext, sentence: Sentence) => boolean {
  const cache = new WeakMap<Sentence, boolean>();
  return (context, sentence) => {
    let value = cache.get(sentence);
    if (value === undefined) {
      value = compute(context, sentence);
      cache.set(sentence, value);
    }
    return value;
  };
}

/** Short words that stay lower case in a title-case headline. */
const HEADLINE_SMALL_WORDS = new Set([
  "a",
  "an",
  "the",
  "and",
  "or",
  "of",
  "in",
  "on",
  "at",
  "to",
  "for",
  "by",
  "with",
  "as",
  "vs",
]);
/**
 * A headline in title case ("Sydney Crowds Gather As Storm Nears"): four or more words, each capitalised or a short
 * function word, some in lower-case letters (a line in capitals is a different case), without figures, brackets or
 * commas.
 */
export const isTitleCaseLine = perSentence((context: MentionContext, sentence: Sentence): boolean => {
  const { tokens } = context.analyzed;
  let capitalised = 0;
  let mixed = false;
  let title = true;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd && title; k++) {
    const token = tokens[k] as Token;
    // Figures and brackets belong to tables and results lines, commas to lists of names, not to headlines.
    if (token.text === "(" || token.text === "," || /\d/.test(token.text)) title = false;
    if (!/\p{L}/u.test(token.text) || glued(tokens[k - 1], token)) continue;
    if (token.capitalised) {
      capitalised++;
      mixed ||= /\p{Ll}/u.test(token.text);
    } else title = HEADLINE_SMALL_WORDS.has(token.text);
  }
  return title && mixed && capitalised >= 4;
});

/**
 * The chunk at from..to is a place by its context: "the town of X", or "X, Nebraska" / "X, Ukraine" (a known state,
 * region or country after a comma, not a possessive: "Smith, Russia's envoy" is a person).
 */
export function placeContextAt(context: MentionContext, from: number, to: number): boolean {
  const { tokens } = context.analyzed;
  if (tokens[from - 1]?.lower === "of" && PLACE_NOUNS.has(tokens[from - 2]?.lower ?? "")) return true;
  if (tokens[to]?.text !== ",") return false;
  const known = gazetteerAt(context, to + 1);
  if (!known || (known.match.kind !== "name" && known.match.kind !== "place")) return false;
  if (known.match.kind === "name" && known.entry.type !== "COUNTRY" && known.entry.type !== "LOCATION") return false;
  const after = tokens[known.endToken]?.lower;
  return after !== "'s" && after !== "’s";
}

const ARTICLE_ORGANIZATIONS = new WeakMap<AnalyzedText, ReadonlySet<string>>();

/**
 * Short forms of the organisations an article names in full: every leading part of a capitalised run that ends in
 * an organisation head ("IVAC" and "IVAC Medical" from "IVAC Medical Systems Inc."). One pass over the tokens,
 * memoised per article.
 */
export function articleOrganizations(context: MentionContext): ReadonlySet<string> {
  const known = ARTICLE_ORGANIZATIONS.get(context.analyzed);
  if (known) return known;
  const { tokens, text } = context.analyzed;
  const names = new Set<string>();
  let runStart = -1;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    const namePart =
      (token.capitalised || (runStart >= 0 && glued(tokens[k - 1], token))) &&
      token.pos !== "PUNCT" &&
      !NON_ACTOR_CAPITALS.has(token.lower);
    if (!namePart) {
      runStart = -1;
      continue;
    }
    if (runStart >= 0 && (tokens[runStart] as Token).sentence !== token.sentence) runStart = -1;
    if (runStart < 0) runStart = CHUNK_STOPWORDS.has(token.lower) ? -1 : k;
    if (runStart < 0 || k === runStart || !isOrganizationHead(token)) continue;
    for (let end = runStart + 1; end <= k; end++) {
      if (isOrganizationHead(tokens[end - 1] as Token)) break;
      names.add(text.slice((tokens[runStart] as Token).start, (tokens[end - 1] as Token).end));
    }
  }
  ARTICLE_ORGANIZATIONS.set(context.analyzed, names);
  return names;
}

/**
 * A lone word in capitals ("PUK", "ICAC"): a speech verb after it is no sign of a person, since bodies speak too
 * and a headline in capitals ("MINISTER SAYS") would spread the cue to every later mention of the word.
 */
export const isCapitalsWord = (token: Token): boolean => CAPITALS_WORD.test(token.text);

const CAPITALS_WORD = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\d&]{2,}$/u;
