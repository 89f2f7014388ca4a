// Mentions opened by a title or a description: titled people ("US Secretary of State Antony Blinken", "Russian
// Security Council deputy chairman Dmitry Medvedev"), descriptions ("the French president", "the alliance's chief"),
// an institution's unnamed voice ("the Kremlin spokesman") and organisations' descriptions ("the bloc").

import type { GazetteerEntry } from "../../gazetteer/gazetteer.ts";
import type { Sentence, Token } from "../../nlp/analyze-text.ts";
import {
  DESCRIPTION_DETERMINERS,
  OFFICIAL_TITLES,
  ORGANIZATION_DESCRIPTIONS,
  PERSON_DESCRIPTION_TITLES,
  TITLE_MODIFIERS,
} from "./mention-lexicon.ts";
import {
  gazetteerAt,
  makeMention,
  properNameAt,
  roleTitle,
  titleAt,
  TITLES_BY_FIRST_WORD,
  type Mention,
  type MentionContext,
} from "./mention-parts.ts";

/** A titled person, a description or an official at i, or null. */
export function titledAt(context: MentionContext, sentence: Sentence, i: number): Mention | null {
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
    let endsName = (nameTokens[nameLength - 1] as Token).end;
    let name = context.analyzed.text.slice(startsName, endsName);
    let mentionEnd = nameStart + nameLength;
    // "(Russian President Vladimir) Putin", "[Russian President Vladimir] Putin": an editor's insertion in a quote
    // completes the name the speaker used; the name runs on past the bracket.
    const rest = insertionRestAt(context, sentence, i, mentionEnd);
    if (rest > 0) {
      const restTokens = tokens.slice(mentionEnd + 1, mentionEnd + 1 + rest);
      endsName = (restTokens[rest - 1] as Token).end;
      name = `${name} ${context.analyzed.text.slice((restTokens[0] as Token).start, endsName)}`;
      mentionEnd += 1 + rest;
    }
    return makeMention(context, sentence, "person", i, mentionEnd, {
      name,
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
  // "the French president", "his counterpart", "its secretary general", "NATO's chief", "Kremlin spokesman".
  const described =
    determiner === "the" ||
    determiner === "his" ||
    determiner === "her" ||
    determiner === "its" ||
    possessive ||
    (affiliation && !determiner);
  if (described && PERSON_DESCRIPTION_TITLES.has(title) && (determiner !== null || affiliation !== null)) {
    return makeMention(context, sentence, "description", i, j, {
      name: title,
      type: "PERSON",
      role: title,
      affiliation: affiliationName,
      affiliationKey: affiliation?.key ?? null,
    });
  }
  return null;
}

const INSERTION_BRACKETS = new Map([
  ["(", ")"],
  ["[", "]"],
]);

/**
 * The length of the name that goes on after an editor's bracketed insertion which opens at `start` and whose name
 * part ends at `end` ("(Russian President Vladimir) Putin" → 1, for "Putin"), or 0 when there is none.
 */
function insertionRestAt(context: MentionContext, sentence: Sentence, start: number, end: number): number {
  const { tokens } = context.analyzed;
  const open = tokens[start - 1];
  const close = tokens[end];
  if (start - 1 < sentence.tokenStart || !open || !close || INSERTION_BRACKETS.get(open.text) !== close.text) return 0;
  if (end + 1 >= sentence.tokenEnd || !(tokens[end + 1] as Token).capitalised) return 0;
  return properNameAt(context, sentence, end + 1, true);
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

export function organizationDescriptionAt(context: MentionContext, sentence: Sentence, i: number): Mention | null {
  const found = organizationDescriptionEnd(context, sentence, i);
  if (!found) return null;
  return makeMention(context, sentence, "description", i, found.end, {
    name: found.phrase,
    entryKey: found.key,
    describedEntry: true,
  });
}

/**
 * A title and a name at j ("deputy chairman Dmitry Medvedev") after an organisation's name that opens at i: a
 * person of `affiliation`, the mention spanning both.
 */
export function titledMemberAt(
  context: MentionContext,
  sentence: Sentence,
  i: number,
  j: number,
  affiliation: string,
): Mention | null {
  const { tokens } = context.analyzed;
  const end = sentence.tokenEnd;
  while (j < end && TITLE_MODIFIERS.has((tokens[j] as Token).lower) && titleAt(tokens, j, end) === 0) j++;
  const titleLength = j < end ? titleAt(tokens, j, end) : 0;
  if (titleLength === 0) return null;
  const nameStart = j + titleLength;
  const nameLength = properNameAt(context, sentence, nameStart, true);
  if (nameLength === 0) return null;
  const start = (tokens[nameStart] as Token).start;
  const stop = (tokens[nameStart + nameLength - 1] as Token).end;
  return makeMention(context, sentence, "person", i, nameStart + nameLength, {
    name: context.analyzed.text.slice(start, stop),
    start,
    end: stop,
    type: "PERSON",
    role: roleTitle(tokens, j, nameStart),
    affiliation,
    personCue: true,
  });
}
