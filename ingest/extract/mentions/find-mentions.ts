// Actor recognition inside one sentence: gazetteer names, titled people ("US Secretary of State Antony Blinken"),
// descriptions ("the French president"), anonymous officials, demonym phrases ("Russian troops"), pronouns and
// proper-noun chunks from wink's POS tags.

import type { ActorType } from "../../../graph-schema/index.ts";
import type { Sentence, Token } from "../../nlp/analyze-text.ts";
import {
  FORCE_NOUNS,
  CHUNK_TITLES,
  GROUP_HEADS,
  HONORIFICS,
  isGenericNoun,
  MENU_WORDS,
  NON_ACTOR_ADJECTIVES,
  PARTY_LABELS,
  PLACE_HEADS,
  PAIR_NOUNS,
  PORTFOLIOS,
  THING_HEADS,
  TITLE_MODIFIERS,
} from "./mention-lexicon.ts";
import {
  articleOrganizations,
  gazetteerAt,
  isCapitalsWord,
  isOrganizationHead,
  isTitleCaseLine,
  loneNonName,
  placeContextAt,
  makeMention,
  properNameAt,
  TITLES_BY_FIRST_WORD,
  type Mention,
  type MentionContext,
  type MentionKind,
} from "./mention-parts.ts";
import { thingNameAt } from "./thing-name.ts";

/** Last words of a document's name ("the Minsk Protocol", "the Association Agreement"): no actor, however capitalised. */
const DOCUMENT_HEADS = new Set([
  "agreement",
  "agreements",
  "accord",
  "accords",
  "treaty",
  "protocol",
  "memorandum",
  "charter",
  "convention",
  "declaration",
  "communique",
  "communiqué",
]);
import { hyphenatedAt, locationModifierAt } from "./hyphenated-words.ts";
import { countryDescriptionAt, lowerCaseWestAt } from "./country-descriptions.ts";
import { organizationDescriptionAt, titledAt, titledMemberAt } from "./titled-mentions.ts";
import { wordCount } from "../../nlp/glued-words.ts";
import { nicknameAt, playerAt, teamAt } from "./mention-teams.ts";
import { isCueVerb } from "./cue-verb.ts";
import { givenNameStart, isGivenName, prefixRole } from "./given-names.ts";
import { isEnglishGivenName } from "./name-gender.ts";
import { SPEECH_VERBS } from "../lexicon/newsgraph-verb-events.ts";

export { MENTION_KINDS, type Mention, type MentionContext, type MentionKind } from "./mention-parts.ts";

const PRONOUNS = new Set(["he", "him", "his", "she", "her", "its"]);
const START_WORDS = new Set(["the", "a", "an", "his", "her", "their", "its", "he", "him", "she"]);
const OPENING_QUOTES = new Set(["“", '"', "«", "‘"]);
const CLOSING_QUOTES = new Set(["”", '"', "»", "’"]);
/** Prepositions after which an unknown name is a place ("in Tunbridge Wells"). */
const LOCATIVE_PREPS = new Set(["in", "at", "near", "into", "outside", "across", "towards", "toward"]);

/** Finds the actor mentions of one sentence, left to right, without overlaps. */
export function findMentions(context: MentionContext, sentence: Sentence): Mention[] {
  const { tokens } = context.analyzed;
  const mentions: Mention[] = [];
  let i = sentence.tokenStart;
  while (i < sentence.tokenEnd) {
    const token = tokens[i] as Token;
    if (token.pos === "PUNCT" || token.pos === "SPACE" || token.pos === "NUM" || !mayStartMention(token)) {
      i++;
      continue;
    }
    const found =
      titledAt(context, sentence, i) ??
      pronounAt(context, sentence, i) ??
      organizationDescriptionAt(context, sentence, i) ??
      countryDescriptionAt(context, sentence, i) ??
      lowerCaseWestAt(context, sentence, i) ??
      groupAt(context, sentence, i) ??
      teamAt(context, sentence, i) ??
      entityAt(context, sentence, i) ??
      chunkAt(context, sentence, i);
    if (typeof found === "number") {
      i += Math.max(found, 1);
    } else if (found) {
      mentions.push(found);
      i = Math.max(found.tokenEnd, i + 1);
    } else {
      i++;
    }
  }
  return mentions;
}

/** Cheap filter: only capitals, determiners, pronouns, titles, modifiers and "pro-"/"-backed" words open a mention. */
function mayStartMention(token: Token): boolean {
  if (token.capitalised) return true;
  const lower = token.lower;
  return (
    START_WORDS.has(lower) ||
    TITLES_BY_FIRST_WORD.has(lower) ||
    TITLE_MODIFIERS.has(lower) ||
    lower.startsWith("pro-") ||
    lower.startsWith("anti-") ||
    lower.includes("-backed") ||
    lower.includes("-led")
  );
}

function pronounAt(context: MentionContext, sentence: Sentence, i: number): Mention | null {
  const token = context.analyzed.tokens[i] as Token;
  if (!PRONOUNS.has(token.lower)) return null;
  return makeMention(context, sentence, "pronoun", i, i + 1, { name: token.lower, type: "PERSON" });
}

function groupAt(context: MentionContext, sentence: Sentence, i: number): Mention | null {
  const { tokens } = context.analyzed;
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!next || i + 1 >= sentence.tokenEnd || !GROUP_HEADS.has(next.lower)) return null;
  const modifier = /^(pro|anti)-\p{Lu}|-(backed|led|supported)$/u.test(token.text);
  const demonym = gazetteerAt(context, i)?.match.kind === "demonym";
  if (!modifier && !demonym) return null;
  return makeMention(context, sentence, "group", i, i + 2, { name: `${token.text} ${next.text}`, type: "GROUP" });
}

function entityAt(context: MentionContext, sentence: Sentence, i: number): Mention | null {
  const { tokens } = context.analyzed;
  const found = gazetteerAt(context, i);
  if (!found) return null;
  const { match, entry, endToken, metonymy } = found;
  if (match.kind !== "demonym" && locationModifierAt(tokens, endToken)) {
    // "Benghazi-based", "US-based": the place where something is, not an actor.
    return makeMention(context, sentence, "entity", i, endToken, { name: match.surface, type: "LOCATION" });
  }
  // "NATO-Russia Council": a hyphenated compound of names with an organisation head is one organisation.
  const compound = hyphenatedAt(tokens, endToken) ? endToken + 1 : endToken;
  // "Belarusian Constitutional Court", "Russian Defence Ministry": a proper organisation name, not the country.
  const tail = properNameAt(context, sentence, compound);
  if (tail > 0) {
    const words = tokens.slice(compound, compound + tail);
    // "the Ukraine-EU Association Agreement": a document named after its parties is no actor.
    if (DOCUMENT_HEADS.has((words[words.length - 1] as Token).lower)) return null;
    // "Russian Security Council Dmitry Medvedev": a person named after the body they belong to.
    const named = givenNameStart(words);
    if (named > 0 && words.slice(0, named).some((t) => isOrganizationHead(t))) {
      const name = words.slice(named);
      const start = (name[0] as Token).start;
      const end = (name[name.length - 1] as Token).end;
      return makeMention(context, sentence, "person", i, compound + tail, {
        name: context.analyzed.text.slice(start, end),
        start,
        end,
        type: "PERSON",
        affiliation: entry.name,
        personCue: true,
      });
    }
    if (words.some((t) => isOrganizationHead(t))) {
      // "Russian Security Council deputy chairman Dmitry Medvedev": a titled person of the body, not the body.
      const person = titledMemberAt(context, sentence, i, compound + tail, entry.name);
      if (person) return person;
      return makeMention(context, sentence, "entity", i, compound + tail, {
        name: context.analyzed.text.slice((tokens[i] as Token).start, (words[words.length - 1] as Token).end),
        type: "ORGANIZATION",
        affiliation: entry.name,
      });
    }
  }
  // "Chicago Cubs", "New York Yankees": a city with a plural nickname is a team.
  if (
    tail > 0 &&
    tail <= 2 &&
    (match.kind === "place" || match.kind === "capital") &&
    nicknameAt(context, sentence, compound + tail)
  ) {
    return makeMention(context, sentence, "entity", i, compound + tail, {
      name: context.analyzed.text.slice((tokens[i] as Token).start, (tokens[compound + tail - 1] as Token).end),
      type: "ORGANIZATION",
      affiliation: entry.name,
    });
  }
  if (match.kind === "demonym") {
    const next = tokens[endToken];
    if (!next || endToken >= sentence.tokenEnd) return null;
    if (FORCE_NOUNS.has(next.lower)) {
      return makeMention(context, sentence, "entity", i, endToken + 1, {
        name: entry.name,
        type: entry.type,
        entryKey: entry.key,
        adjectival: true,
      });
    }
    // "Russian invasion", "Western concern": the demonym alone, usable only as the agent of an event noun.
    if (next.pos === "NOUN" || next.pos === "PROPN") {
      return makeMention(context, sentence, "demonym", i, endToken, {
        name: entry.name,
        type: entry.type,
        entryKey: entry.key,
      });
    }
    return null;
  }
  if (match.kind === "people") {
    return makeMention(context, sentence, "entity", i, endToken, {
      name: entry.name,
      type: entry.type,
      entryKey: entry.key,
      adjectival: true,
    });
  }
  if ((match.kind === "capital" || match.kind === "place") && !metonymy) {
    return makeMention(context, sentence, "entity", i, endToken, {
      name: match.surface,
      type: "LOCATION",
      affiliation: entry.name,
    });
  }
  return makeMention(context, sentence, "entity", i, endToken, {
    name: entry.name,
    type: entry.type,
    entryKey: entry.key,
    metonymy,
  });
}

/** A person's name of two or more words at i, with no organisation word ("Michael Turner", not "National Committee"). */
function partyMemberNameAt(context: MentionContext, sentence: Sentence, i: number): boolean {
  const length = properNameAt(context, sentence, i);
  if (wordCount(context.analyzed.tokens, i, i + length) < 2) return false;
  return !context.analyzed.tokens.slice(i, i + length).some((t) => isOrganizationHead(t));
}

/** Honorifics that say a person's gender. */
const HONORIFIC_GENDERS = new Map<string, "f" | "m">([
  ["ms", "f"],
  ["ms.", "f"],
  ["mrs", "f"],
  ["mrs.", "f"],
  ["lady", "f"],
  ["madam", "f"],
  ["mr", "m"],
  ["mr.", "m"],
  ["sir", "m"],
  ["lord", "m"],
]);

/** A proper-noun chunk: a person, an organisation, a place, or a bare name; a number of tokens to skip for things. */
const ROMAN_NUMERAL = /^[IVXLCDM]{2,}$/;
/** Nouns of numbered events and periods ("the XI session", "the XX Congress", "the XXI century"). */
const NUMBERED_NOUNS = new Set([
  "session",
  "meeting",
  "congress",
  "summit",
  "conference",
  "forum",
  "plenum",
  "convocation",
  "assembly",
  "century",
  "edition",
  "round",
  "games",
]);

/**
 * "the XI meeting of the Valdai club", "the club's XI session": a Roman numeral before the noun of a numbered event
 * numbers it; it names no one ("talking to the XI" in a translation still names Xi).
 */
function romanOrdinalAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (!ROMAN_NUMERAL.test(token.text)) return false;
  const next = tokens[i + 1]?.pos === "SPACE" ? tokens[i + 2] : tokens[i + 1];
  return next !== undefined && NUMBERED_NOUNS.has(next.lower);
}

function chunkAt(context: MentionContext, sentence: Sentence, i: number): Mention | number | null {
  const { tokens } = context.analyzed;
  const first = tokens[i] as Token;
  let from = i;
  let honorific = false;
  if (HONORIFICS.has(first.lower) && first.capitalised) {
    from = i + 1;
    honorific = true;
  } else if (PARTY_LABELS.has(first.lower) && first.capitalised && partyMemberNameAt(context, sentence, i + 1)) {
    // "Republican Michael Turner": the party label is an affiliation, not part of the name.
    from = i + 1;
    honorific = true;
  }
  // "Senior American and Russian diplomats": a capitalised modifier before a demonym or country is no name.
  if (!honorific && TITLE_MODIFIERS.has(first.lower) && gazetteerAt(context, i + 1)) return 1;
  const length = properNameAt(context, sentence, from);
  if (length === 0) return null;
  const to = from + length;
  const words = tokens.slice(from, to);
  // "Erdoğan" is one word in three wink tokens ("Erdo", "ğ", "an"); a word with an accented letter is a name.
  const nameWordCount = wordCount(tokens, from, to);
  const single = nameWordCount === 1;
  const accented = nameWordCount < length;
  if (length === 1 && !honorific && (loneNonName(first) || NON_ACTOR_ADJECTIVES.has(first.lower))) return 1;
  if (length === 1 && !honorific && romanOrdinalAt(tokens, i)) return 1;
  // "the Defence Bill", "Victoria Station": a thing's name; "Bill Burns": a given name opening a person's name.
  const opening = (words[0] as Token).lower;
  const givenFirst = length > 1 && anyGivenName(opening);
  if (words.some((t, k) => THING_HEADS.has(t.lower) && !(k === 0 && givenFirst))) return to - i;
  // "Biden-Putin talks", "the Lavrov-Blinken call": two names joined by a hyphen before a noun of two sides are a pair,
  // not one double-barrelled name.
  if (words.some((t) => t.text === "-") && PAIR_NOUNS.has(tokens[to]?.lower ?? "")) return to - i;
  // "Home News World Business Sport": a site's menu, not a name.
  if (length >= 3 && words.filter((t) => MENU_WORDS.has(t.lower)).length * 2 >= length) return to - i;
  // Shouted headlines ("PUTIN VOWS REVENGE") and lone demonyms are not names.
  if (length > 1 && words.every((t) => t.text === t.text.toUpperCase())) return to - i;
  if (gazetteerAt(context, from)) return to - i;
  const titleAt = words.reduce((found, t, k) => (CHUNK_TITLES.has(t.lower) && k < length - 1 ? k : found), -1);
  // The name starts at a letter after the title ("Secretary-General": no name "-General").
  let nameFrom = titleAt + 1;
  while (nameFrom < length && !/^\p{L}/u.test((words[nameFrom] as Token).text)) nameFrom++;
  // "Taoiseach Leo Varadkar": the words before a given name are a title the lexicon does not know; not so in a
  // body's name ("Stop Mad Vlad Coalition").
  const given = titleAt < 0 && !honorific ? givenNameStart(words) : 0;
  if (given > 0 && !words.slice(given).some((t) => isOrganizationHead(t))) nameFrom = given;
  const nameWords = words.slice(nameFrom);
  if (nameWords.length === 0 || nameWords.every((t) => CHUNK_TITLES.has(t.lower))) return to - i;
  const prefix = titleAt < 0 && nameFrom > 0 ? words.slice(0, nameFrom) : [];
  const head = nameWords[0] as Token;
  const last = nameWords[nameWords.length - 1] as Token;
  const sentenceInitial = from === sentence.tokenStart || /^["“‘'(—–:]$/.test(tokens[from - 1]?.text ?? "");
  // "Allies have pledged…", "Member State governments…": common nouns, capitalised only because they open the sentence.
  if (sentenceInitial && !honorific && titleAt < 0 && nameWords.every((t) => isGenericNoun(t.lower))) return to - i;
  // "Storm Shadow missiles", "Patriot air defence systems": a weapon's name, not an actor.
  if (thingNameAt(context, from, to)) return to - i;
  // "the Ukraine-EU Association Agreement", "the Minsk Protocol": a document's name, not an actor.
  if (nameWords.length > 1 && DOCUMENT_HEADS.has(last.lower)) return to - i;
  // "send 31 Abrams", "with six RCAF jets": a name counted like goods after a verb or a preposition is a product, not
  // an actor (a year or a date counts nothing: "in 2014 Yanukovych fled"; nor does a score in a table of results).
  const count = tokens[from - 1];
  const countedAfter = tokens[from - 2]?.pos ?? "";
  const counted =
    count?.pos === "NUM" && !count.inDate && !/^(1[89]|20)\d\d$/.test(count.text) && /^(VERB|ADP)$/.test(countedAfter);
  if (!honorific && counted) return to - i;
  // A lone capitalised word opening a sentence is a name when wink calls it one and an auxiliary or a cue verb of
  // the lexicon follows it ("Arnor signed…"; not "Sterling slipped…").
  const confirmed = isCueVerb(tokens[to]);
  const properHead = head.pos === "PROPN" || accented;
  if (!honorific && single && !properHead && (sentenceInitial || head.pos !== "NOUN")) return null;
  const titled = titleAt >= 0 || honorific || prefix.length > 0;
  const headed = !titled && words.some((t) => isOrganizationHead(t));
  if (headed && single) return null;
  // "IVAC" after "IVAC Medical Systems Inc.": the short form of an organisation the article names in full.
  const shortForm = !titled && articleOrganizations(context).has(context.analyzed.text.slice(head.start, last.end));
  // "the Boston-based Acme Robotics": only bodies are based somewhere.
  const based = !titled && i >= 2 && locationModifierAt(tokens, i - 2);
  // "Airborne Division", "Naval Base", "Executive Order": English words written as a name are a thing, a place or a
  // unit, not a person, unless a given name opens them ("Bill Burns", "Mark Kelly"); quoted, they are a body's name
  // (“Right Sector”).
  const englishWords = !titled && !honorific && englishWordsOnly(context, nameWords);
  const quoted = OPENING_QUOTES.has(tokens[from - 1]?.text ?? "") && CLOSING_QUOTES.has(tokens[to]?.text ?? "");
  const wordsOnly = englishWords && !quoted;
  const organization = headed || shortForm || based || (englishWords && quoted);
  // "Sydney Crowds Gather As Storm Nears": in a title-case headline every word is capitalised, so an unknown chunk
  // counts only when the article also names it in running text.
  if (!titled && isTitleCaseLine(context, sentence)) {
    const name = context.analyzed.text.slice(head.start, last.end);
    return makeMention(context, sentence, "name", i, to, {
      name,
      start: head.start,
      end: last.end,
      sentenceInitial: true,
    });
  }
  const before = tokens[i - 1]?.lower ?? "";
  const place =
    !titled &&
    !shortForm &&
    !based &&
    (words.some((t) => PLACE_HEADS.has(t.lower)) ||
      LOCATIVE_PREPS.has(before) ||
      locationModifierAt(tokens, to) ||
      placeContextAt(context, i, to));
  const after = tokens[to];
  const speaks = after !== undefined && SPEECH_VERBS.has(after.lemma) && after.pos === "VERB";
  const type: ActorType | null = place
    ? "LOCATION"
    : organization
      ? "ORGANIZATION"
      : titled || wordCount(tokens, to - nameWords.length, to) > 1
        ? "PERSON"
        : null;
  if (type === "PERSON" && wordsOnly && nameWords.length > 1) return to - i;
  const kind: MentionKind = place || organization ? "entity" : type === "PERSON" ? "person" : "name";
  return makeMention(context, sentence, kind, i, to, {
    name: context.analyzed.text.slice(head.start, last.end),
    start: head.start,
    end: last.end,
    type,
    role:
      titleAt >= 0
        ? (words[titleAt] as Token).lower.replace(/\.$/, "")
        : prefixRole(prefix, (t) => isOrganizationHead(t) || THING_HEADS.has(t.lower) || PORTFOLIOS.includes(t.lower)),
    // "The PUK said": an acronym that speaks is a body, not a person.
    personCue:
      titled ||
      playerAt(context, sentence, from, to) ||
      (speaks && type !== "ORGANIZATION" && type !== "LOCATION" && !(single && isCapitalsWord(head))),
    sentenceInitial: sentenceInitial && single && !honorific && !confirmed,
    opensSentence: sentenceInitial && single && !honorific,
    gender: honorific ? (HONORIFIC_GENDERS.get(first.lower) ?? null) : null,
    wordsOnly,
  });
}

/** Whether a lower-case word is a given name of the Phoenix actors or of the English first-name lists. */
const anyGivenName = (lower: string): boolean => isGivenName(lower) || isEnglishGivenName(lower);

/** Whether every word of a name is an English word of wink's model and the first is no given name. */
function englishWordsOnly(context: MentionContext, words: readonly Token[]): boolean {
  const { knowsWord } = context;
  if (!knowsWord) return false;
  const letters = words.filter((t) => /\p{L}/u.test(t.text));
  const first = letters[0];
  if (!first || anyGivenName(first.lower)) return false;
  // "Republicans", "Conservatives": a party's members are a group.
  if (letters.length === 1 && PARTY_LABELS.has(first.lower.replace(/s$/, ""))) return false;
  // "Ban Ki-moon": a syllable written in lower case after a hyphen belongs to a given name, not to English.
  if (words.some((t, k) => k > 0 && !t.capitalised && (words[k - 1] as Token).text === "-")) return false;
  // An acronym ("UNESCO", "NATO") is a name even when wink knows its lower-case form.
  return letters.every((t) => knowsWord(t.lower) && !(t.text.length > 1 && t.text === t.text.toUpperCase()));
}
