// The last stage: statements become the contract's relations. Each names who reported it (the speaker of reported
// speech, else its subject); one fact is stated once (the same pair, type and sentence from two clauses keeps the
// surer; a headline repeated in the body keeps the body's); offsets point at the names, the cue and the sentence.

import { actsOnOwnSide } from "./own-side.ts";
import { ploverOf } from "../../../graph-schema/index.ts";
import type { AnalyzedText, Token } from "../../nlp/analyze-text.ts";
import type { LocalRelation } from "../article-extraction.ts";
import type { ArticleActor } from "../mentions/link-actors.ts";
import { resolveEventDate } from "./resolve-event-date.ts";
import { CONFIDENCE_BY_ORIGIN, type Statement } from "../statements/statement.ts";

/** Acts of force, and of giving up or pulling back, whose unknown targets are places ("liberated Robotyne"). */
const FORCE_AGAINST_PLACES: ReadonlySet<string> = new Set(["ATTACK", "COERCE", "FIGHT", "CONCEDE", "RETREAT"]);

/** Confidence lost when the act is inferred through a pronoun or description rather than a name. */
const COREFERENCE_FACTOR = 0.85;

/** A sentence as compared for repetition: lower case, letters and digits only. */
function comparableSentence(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function key(s: Statement): string {
  return `${s.subject}|${s.object}|${s.type}`;
}

/**
 * Keeps one statement per fact and sentence: the most confident. A sentence repeated word for word (a headline
 * printed again as the lead, a teaser repeated in the body) is one sentence: its first place is kept. A fact restated
 * in other words (a headline and its lead) keeps each statement, since each is evidence an analyst may open.
 */
function onePerFact(statements: readonly Statement[], analyzed: AnalyzedText): Statement[] {
  const best = new Map<string, Statement>();
  const sentenceKeys = new Map<number, string>();
  const sentenceKey = (index: number): string => {
    let found = sentenceKeys.get(index);
    if (found === undefined) {
      const sentence = analyzed.sentences[index];
      found = sentence ? comparableSentence(analyzed.text.slice(sentence.start, sentence.end)) : String(index);
      sentenceKeys.set(index, found);
    }
    return found;
  };
  for (const statement of statements) {
    const id = `${key(statement)}|${sentenceKey(statement.sentence)}`;
    const held = best.get(id);
    const better =
      !held ||
      Number(held.negated || held.hypothetical) > Number(statement.negated || statement.hypothetical) ||
      CONFIDENCE_BY_ORIGIN[statement.origin] > CONFIDENCE_BY_ORIGIN[held.origin];
    // Of a repeated sentence, the first place holds the statement.
    if (held && held.sentence !== statement.sentence) {
      if (statement.sentence < held.sentence) best.set(id, statement);
      continue;
    }
    if (better) best.set(id, statement);
  }
  return [...best.values()];
}

/** The article's relations on local actor ids, in text order. */
export function publishStatements(
  analyzed: AnalyzedText,
  actors: readonly ArticleActor[],
  statements: readonly Statement[],
  published: string | null,
  /** Character range of the name each token belongs to, for offsets that cover a whole name ("Jens Stoltenberg"). */
  nameAt: ReadonlyArray<readonly [number, number] | undefined> = [],
  /** The side the dictionaries give a person the article gives none, by actor index. */
  listedSides: ReadonlyMap<number, string> = new Map(),
): LocalRelation[] {
  const { tokens, text } = analyzed;
  const dates = new Map<number, string | null>();
  const out: LocalRelation[] = [];
  for (const statement of onePerFact(statements, analyzed).sort((a, b) => a.predicate - b.predicate)) {
    const subject = actors[statement.subject];
    const object = actors[statement.object];
    const sentence = analyzed.sentences[statement.sentence];
    if (!subject || !object || !sentence || !subject.strong || !object.strong) continue;
    if (subject.type === "LOCATION" || object.type === "LOCATION") continue;
    // A person's side: the article's, else the dictionaries' ("Putin … Russia" with no title in the article); not
    // for appeals, where an untitled leader asking "all Americans to leave" is kept as annotators keep it.
    const sided = (actor: ArticleActor, index: number): ArticleActor =>
      actor.affiliation === null && listedSides.has(index) && statement.type !== "APPEAL"
        ? { ...actor, affiliation: listedSides.get(index) as string }
        : actor;
    if (actsOnOwnSide(sided(subject, statement.subject), sided(object, statement.object), statement.type)) continue;
    // An unknown name shelled, stormed, seized or liberated is a place ("seize parts of the East Logansk", "shelled
    // Avdiivka", "liberated Robotyne"), unless its shape makes it a person.
    if (FORCE_AGAINST_PLACES.has(statement.type) && object.guessed && object.type !== "PERSON") continue;
    if (!dates.has(statement.sentence)) {
      dates.set(statement.sentence, resolveEventDate(tokens.slice(sentence.tokenStart, sentence.tokenEnd), published));
    }
    const cue = tokens[statement.predicate] as Token;
    const subjectToken = tokens[statement.subjectToken] as Token;
    const objectToken = tokens[statement.objectToken] as Token;
    const viaPronoun = [subjectToken, objectToken].some((t) => t.upos === "PRON");
    const confidence = CONFIDENCE_BY_ORIGIN[statement.origin] * (viaPronoun ? COREFERENCE_FACTOR : 1);
    out.push({
      subject: subject.localId,
      object: object.localId,
      type: statement.type,
      plover: ploverOf(statement.type),
      sentence: text.slice(sentence.start, sentence.end),
      negated: statement.negated,
      hypothetical: statement.hypothetical,
      confidence: Math.round(confidence * 100) / 100,
      attributedTo: (actors[statement.speaker] ?? subject).localId,
      cue: cue.text,
      eventDate: dates.get(statement.sentence) ?? null,
      offsets: {
        sentence: [sentence.start, sentence.end],
        subject: [...(nameAt[statement.subjectToken] ?? [subjectToken.start, subjectToken.end])],
        verb: [cue.start, cue.end],
        object: [...(nameAt[statement.objectToken] ?? [objectToken.start, objectToken.end])],
      },
    });
  }
  return out;
}
