// Actor recognition inside one sentence: gazetteer names, titled people ("US Secretary of State Antony Blinken"),
// descriptions ("the French president"), anonymous officials, demonym phrases ("Russian troops"), pronouns and
// proper-noun chunks from wink's POS tags.

import type { ActorType } from "../../../graph-schema/index.ts";
import type { GazetteerEntry } from "../../gazetteer/gazetteer.ts";
import type { Sentence, Token } from "../../nlp/analyze-text.ts";
import {
  DESCRIPTION_DETERMINERS,
  FORCE_NOUNS,
  CHUNK_TITLES,
  GROUP_HEADS,
  HONORIFICS,
  isGenericNoun,
  MENU_WORDS,
  NON_ACTOR_ADJECTIVES,
  OFFICIAL_TITLES,
  ORGANIZATION_DESCRIPTIONS,
  PARTY_LABELS,
  PERSON_DESCRIPTION_TITLES,
  PLACE_HEADS,
  THING_HEADS,
  TITLE_MODIFIERS,
} from "./mention-lexicon.ts";
import {
  articleOrganizations,
  gazetteerAt,
  hyphenatedAt,
  isCapitalsWord,
  isOrganizationHead,
  isTitleCaseLine,
  loneNonName,
  placeContextAt,
  locationModifierAt,
  makeMention,
  properNameAt,
  roleTitle,
  titleAt,
  TITLES_BY_FIRST_WORD,
  type Mention,
  type MentionContext,
  type MentionKind,
} from "./mention-parts.ts";
import { thingNameAt } from "./thing-name.ts";
import { wordCount } from "./glued-words.ts";
import { nicknameAt, playerAt, teamAt } from "./mention-teams.ts";
import { isCueVerb } from "./cue-verb.ts";
import { SPEECH_VERBS } from "../lexicon/newsgraph-verb-events.ts";

export { MENTION_KINDS, type Mention, type MentionContext, type MentionKind } from "./mention-parts.ts";

const PRONOUNS = new Set(["he", "him", "his", "she", "her", "its"]);
const START_WORDS = new Set(["the", "a", "an", "his", "her", "their", "its", "he", "him", "she"]);
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

function titledAt(context: MentionContext, sentence: Sentence, i: number): Mention | null {
  const { tokens } = context.analyzed;
  const end = sentence.tokenEnd;
  let j = i;
  let determiner: string | null = null;
  const first = tokens[j] as Token;
  // Fast exit: a titled phrase opens with a determiner, a modifier, a capital or a title word.
  const opener =
    first.capitalised || DESCRIPTION_DETERMINERS.has(first.lower) || first.lower === "a" || first.lower === "an";
  if (!opener && !TITLE_MODIFIERS.has(first.lower) && !TITLES_BY_FIRST_WORD.has(first.lower)) return null;
  if (DESCRIPTION_DETERMINERS.has(first.lower) || first.lower === "a" || first.lower === "an") {
    determiner = first.lower;
    j++;
  }
  while (j < end && TITLE_MODIFIERS.has((tokens[j] as Token).lower) && titleAt(tokens, j, end) === 0) j++;
  let affiliation: GazetteerEntry | null = null;
  let possessive = false;
  // "the alliance's chief", "the bloc's foreign policy chief": an organisation's description names the affiliation.
  const organization = determiner === "the" && j === i + 1 ? organizationDescriptionEnd(context, sentence, i) : null;
  const gazetteer = organization ? null : j < end ? gazetteerAt(context, j) : null;
  const affiliatedBy = organization
    ? { entry: context.gazetteer.byKey(organization.key), endToken: organization.end }
    : gazetteer && gazetteer.entry.type !== "MEDIA"
      ? gazetteer
      : null;
  if (affiliatedBy?.entry) {
    affiliation = affiliatedBy.entry;
    j = affiliatedBy.endToken;
    if ((tokens[j] as Token | undefined)?.lower === "'s" || (tokens[j] as Token | undefined)?.lower === "’s") {
      possessive = true;
      j++;
    }
  }
  while (j < end && TITLE_MODIFIERS.has((tokens[j] as Token).lower) && titleAt(tokens, j, end) === 0) j++;
  const titleLength = j < end ? titleAt(tokens, j, end) : 0;
  if (titleLength === 0) return null;
  const titleStart = j;
  j += titleLength;
  const title = roleTitle(tokens, titleStart, j);
  if (!affiliation && tokens[j]?.lower === "of") {
    const after = gazetteerAt(context, j + 1);
    if (after && after.entry.type !== "MEDIA") {
      affiliation = after.entry;
      j = after.endToken;
    }
  }
  const commaSkip = tokens[j]?.text === "," ? 1 : 0;
  const nameLength = properNameAt(context, sentence, j + commaSkip, true);
  const affiliationName = affiliation?.name ?? null;
  if (nameLength > 0) {
    const nameStart = j + commaSkip;
    const nameTokens = tokens.slice(nameStart, nameStart + nameLength);
    const startsName = (nameTokens[0] as Token).start;
    const endsName = (nameTokens[nameLength - 1] as Token).end;
    return makeMention(context, sentence, "person", i, nameStart + nameLength, {
      name: context.analyzed.text.slice(startsName, endsName),
      start: startsName,
      end: endsName,
      type: "PERSON",
      role: title,
      affiliation: affiliationName,
      personCue: true,
    });
  }
  // "the Kremlin spokesman", "its top official": an institution's unnamed voice, or the person the article gave the role.
  if (OFFICIAL_TITLES.has(title) && (affiliation || determiner === "the" || determiner === "its")) {
    return makeMention(context, sentence, "official", i, j, {
      name: title,
      entryKey: affiliation?.key ?? null,
      describedEntry: organization !== null,
      role: title,
      affiliation: affiliationName,
    });
  }
  const described =
    determiner === "the" || determiner === "his" || determiner === "her" || possessive || (affiliation && !determiner);
  if (described && PERSON_DESCRIPTION_TITLES.has(title) && (determiner !== null || affiliation !== null)) {
    return makeMention(context, sentence, "description", i, j, {
      name: title,
      type: "PERSON",
      role: title,
      affiliation: affiliationName,
    });
  }
  return null;
}

/** "the alliance", "the bloc" at i (on "the"): the phrase, the organisation's gazetteer key and the token after it. */
function organizationDescriptionEnd(
  context: MentionContext,
  sentence: Sentence,
  i: number,
): { phrase: string; key: string; end: number } | null {
  const { tokens, text } = context.analyzed;
  if ((tokens[i] as Token).lower !== "the" || i + 1 >= sentence.tokenEnd) return null;
  const rest = text
    .slice((tokens[i + 1] as Token).start, (tokens[Math.min(i + 6, sentence.tokenEnd - 1)] as Token).end)
    .toLowerCase();
  for (const [phrase, key] of ORGANIZATION_DESCRIPTIONS) {
    if (!rest.startsWith(phrase) || /[\p{L}]/u.test(rest.charAt(phrase.length))) continue;
    const phraseEnd = (tokens[i + 1] as Token).start + phrase.length;
    let j = i + 1;
    while (j < sentence.tokenEnd && (tokens[j] as Token).end <= phraseEnd) j++;
    return { phrase, key, end: j };
  }
  return null;
}

function organizationDescriptionAt(context: MentionContext, sentence: Sentence, i: number): Mention | null {
  const found = organizationDescriptionEnd(context, sentence, i);
  if (!found) return null;
  return makeMention(context, sentence, "description", i, found.end, {
    name: found.phrase,
    entryKey: found.key,
    describedEntry: true,
  });
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
    if (words.some((t) => isOrganizationHead(t))) {
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
  if (words.some((t) => THING_HEADS.has(t.lower))) return to - i;
  // "Home News World Business Sport": a site's menu, not a name.
  if (length >= 3 && words.filter((t) => MENU_WORDS.has(t.lower)).length * 2 >= length) return to - i;
  // Shouted headlines ("PUTIN VOWS REVENGE") and lone demonyms are not names.
  if (length > 1 && words.every((t) => t.text === t.text.toUpperCase())) return to - i;
  if (gazetteerAt(context, from)) return to - i;
  const titleAt = words.reduce((found, t, k) => (CHUNK_TITLES.has(t.lower) && k < length - 1 ? k : found), -1);
  // The name starts at a letter after the title ("Secretary-General": no name "-General").
  let nameFrom = titleAt + 1;
  while (nameFrom < length && !/^\p{L}/u.test((words[nameFrom] as Token).text)) nameFrom++;
  const nameWords = words.slice(nameFrom);
  if (nameWords.length === 0 || nameWords.every((t) => CHUNK_TITLES.has(t.lower))) return to - i;
  const head = nameWords[0] as Token;
  const last = nameWords[nameWords.length - 1] as Token;
  const sentenceInitial = from === sentence.tokenStart || /^["“‘'(]$/.test(tokens[from - 1]?.text ?? "");
  // "Allies have pledged…", "Member State governments…": common nouns, capitalised only because they open the sentence.
  if (sentenceInitial && !honorific && titleAt < 0 && nameWords.every((t) => isGenericNoun(t.lower))) return to - i;
  // "Storm Shadow missiles", "Patriot air defence systems": a weapon's name, not an actor.
  if (thingNameAt(context, from, to)) return to - i;
  // A lone capitalised word opening a sentence is a name when wink calls it one and an auxiliary or a cue verb of
  // the lexicon follows it ("Arnor signed…"; not "Sterling slipped…").
  const confirmed = isCueVerb(tokens[to]);
  const properHead = head.pos === "PROPN" || accented;
  if (!honorific && single && !properHead && (sentenceInitial || head.pos !== "NOUN")) return null;
  const titled = titleAt >= 0 || honorific;
  const headed = !titled && words.some((t) => isOrganizationHead(t));
  if (headed && single) return null;
  // "IVAC" after "IVAC Medical Systems Inc.": the short form of an organisation the article names in full.
  const shortForm = !titled && articleOrganizations(context).has(context.analyzed.text.slice(head.start, last.end));
  // "the Boston-based Acme Robotics": only bodies are based somewhere.
  const based = !titled && i >= 2 && locationModifierAt(tokens, i - 2);
  const organization = headed || shortForm || based;
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
  const kind: MentionKind = place || organization ? "entity" : type === "PERSON" ? "person" : "name";
  return makeMention(context, sentence, kind, i, to, {
    name: context.analyzed.text.slice(head.start, last.end),
    start: head.start,
    end: last.end,
    type,
    role: titleAt >= 0 ? (words[titleAt] as Token).lower.replace(/\.$/, "") : null,
    // "The PUK said": an acronym that speaks is a body, not a person.
    personCue:
      titled ||
      playerAt(context, sentence, from, to) ||
      (speaks && type !== "ORGANIZATION" && type !== "LOCATION" && !(single && isCapitalsWord(head))),
    sentenceInitial: sentenceInitial && single && !honorific && !confirmed,
    opensSentence: sentenceInitial && single && !honorific,
    gender: honorific ? (HONORIFIC_GENDERS.get(first.lower) ?? null) : null,
  });
}
