// Statements carried by quotes and labels rather than by a relation verb: a speaker who criticises those a quote
// names ("the world monopolist: the United States"), a quoted demand ("Russia must…"), and a label ("calls
// Western concern 'hysteria'").

import type { Token } from "../nlp/analyze-text.ts";
import type { LocalRelation } from "./article-extraction.ts";
import { buildRelation, CONFIDENCE, type RelationContext } from "./build-relation.ts";
import { findSubject, insideMention, type SentenceView } from "./clause-arguments.ts";
import type { Mention } from "./find-mentions.ts";
import type { Quote } from "./find-quotes.ts";
import { PEJORATIVE_WORDS } from "./relation-lexicon.ts";

const DEMAND_MODALS = new Set(["must", "should"]);
const POSSESSIVE_PRONOUNS = new Set(["its", "their"]);
const GOVERNING_PREPS = new Set(["against", "on", "for", "in", "from", "of", "with", "to", "at"]);
/** How far (tokens) after "call" the label may be. */
const LABEL_REACH_TOKENS = 10;

const namesActor = (mention: Mention): boolean =>
  mention.actor >= 0 && mention.kind !== "pronoun" && mention.kind !== "demonym" && mention.kind !== "name";

/** Statements a quoted sentence makes on behalf of its speakers. */
export function quoteStatements(
  context: RelationContext,
  view: SentenceView,
  quote: Quote,
  eventDate: string | null,
): LocalRelation[] {
  const { tokens } = view;
  const relations: LocalRelation[] = [];
  const insideQuote = (m: Mention): boolean => quote.start <= m.start && m.end <= quote.end;
  let pejorative = -1;
  for (let k = view.sentence.tokenStart; k < view.sentence.tokenEnd && pejorative < 0; k++) {
    const token = tokens[k] as Token;
    if (
      PEJORATIVE_WORDS.has(token.lower) &&
      !insideMention(view, k) &&
      quote.start <= token.start &&
      token.end <= quote.end
    )
      pejorative = k;
  }
  const criticised = pejorative >= 0 ? criticisedBy(view, pejorative).filter(insideQuote) : [];
  for (const speaker of quote.speakers) {
    const speakerActor = context.actors[speaker.actor];
    const own = (m: Mention): boolean => context.actors[m.actor]?.name === speakerActor?.affiliation;
    for (const mention of view.mentions) {
      const target = context.actors[mention.actor];
      if (!target || !namesActor(mention) || !insideQuote(mention) || target.type === "MEDIA" || own(mention)) continue;
      const modal = tokens[mention.tokenEnd];
      if (
        modal &&
        DEMAND_MODALS.has(modal.lower) &&
        !GOVERNING_PREPS.has(tokens[mention.tokenStart - 1]?.lower ?? "")
      ) {
        const cue = { start: mention.tokenEnd, end: mention.tokenEnd + 1 };
        const facts = {
          type: "DEMAND" as const,
          confidence: CONFIDENCE.quote,
          negated: false,
          hypothetical: false,
          eventDate,
          attributedTo: speaker,
        };
        const relation = buildRelation(context, view, cue, speaker, mention, facts);
        if (relation) relations.push(relation);
      }
    }
    for (const mention of criticised) {
      if (!namesActor(mention) || own(mention) || context.actors[mention.actor]?.type === "MEDIA") continue;
      const cue = { start: pejorative, end: pejorative + 1 };
      const facts = {
        type: "CRITICIZE" as const,
        confidence: CONFIDENCE.quoteCriticism,
        negated: false,
        hypothetical: false,
        eventDate,
        attributedTo: speaker,
      };
      const relation = buildRelation(context, view, cue, speaker, mention, facts);
      if (relation) relations.push(relation);
    }
  }
  return relations;
}

/**
 * Who a pejorative word is aimed at: the possessor before it ("Russia's illegal war"), the mentions in apposition
 * after it ("the world monopolist: the United States and its ally the EU"), else its clause's subject.
 */
function criticisedBy(view: SentenceView, pejorative: number): Mention[] {
  const { tokens } = view;
  let k = pejorative - 1;
  // "Russia's continued aggression": adjectives, adverbs and participles stand between possessor and word.
  while (k > view.sentence.tokenStart && isModifier(tokens[k] as Token)) k--;
  if (tokens[k]?.lower === "'s" || tokens[k]?.lower === "’s") {
    const possessor = view.endingAt.get(k - 1);
    if (possessor !== undefined) return [view.mentions[possessor] as Mention];
  }
  const joiner = tokens[pejorative + 1];
  if (joiner && (joiner.text === ":" || joiner.text === "," || joiner.text === "-")) {
    let m = pejorative + 2;
    if (tokens[m]?.lower === "the") m++;
    const apposed = view.startingAt.get(m) ?? view.startingAt.get(pejorative + 2);
    if (apposed !== undefined) return appositionList(view, apposed);
  }
  // "their claims are lies", "cynically", "conducting inhumane experiments" aim at the clause's subject; a word after a
  // preposition ("defend against any aggression") does not.
  return aimedAtSubject(view, pejorative) ? (findSubject(view, pejorative)?.mentions ?? []) : [];
}

const isModifier = (token: Token): boolean =>
  ["ADJ", "ADV", "CCONJ"].includes(token.pos) || (token.pos === "VERB" && token.lower.endsWith("ed"));

/** True when the word at `k` is an adverb, or the predicate or object of its clause's verb (not a preposition's). */
function aimedAtSubject(view: SentenceView, k: number): boolean {
  if ((view.tokens[k] as Token).pos === "ADV") return true;
  for (let b = k - 1; b >= view.sentence.tokenStart; b--) {
    const token = view.tokens[b] as Token;
    // "continues to use … its ongoing aggression": a possessive pronoun points back at the subject.
    if (token.pos === "VERB" || token.pos === "AUX" || token.lower === "'s" || POSSESSIVE_PRONOUNS.has(token.lower))
      return true;
    if (!["DET", "ADJ", "ADV", "PRON"].includes(token.pos)) return false;
  }
  return false;
}

/** "the United States and its ally the European Union": the apposed mentions, skipping "its ally". */
function appositionList(view: SentenceView, index: number): Mention[] {
  const list = [view.mentions[index] as Mention];
  let end = (view.mentions[index] as Mention).tokenEnd;
  for (;;) {
    if (view.tokens[end]?.lower !== "and" && view.tokens[end]?.text !== ",") break;
    let m = end + 1;
    while (m < view.sentence.tokenEnd && m < end + 5 && !view.startingAt.has(m)) m++;
    const next = view.startingAt.get(m);
    if (next === undefined) break;
    list.push(view.mentions[next] as Mention);
    end = (view.mentions[next] as Mention).tokenEnd;
  }
  return list;
}

/** "X calls Y's concern 'hysteria'": X criticises Y when a pejorative label follows "call". */
export function labelStatements(
  context: RelationContext,
  view: SentenceView,
  eventDate: string | null,
): LocalRelation[] {
  const { tokens } = view;
  const relations: LocalRelation[] = [];
  for (let k = view.sentence.tokenStart; k < view.sentence.tokenEnd; k++) {
    const token = tokens[k] as Token;
    if (
      token.lemma !== "call" ||
      token.pos !== "VERB" ||
      tokens[k + 1]?.lower === "on" ||
      tokens[k + 1]?.lower === "for"
    )
      continue;
    const end = Math.min(view.sentence.tokenEnd, k + LABEL_REACH_TOKENS);
    const label = tokens.slice(k + 1, end).findIndex((t) => PEJORATIVE_WORDS.has(t.lower));
    if (label < 0) continue;
    const target = view.mentions.find(
      (m) => m.tokenStart > k && m.tokenStart < k + 1 + label && m.actor >= 0 && m.kind !== "pronoun",
    );
    const subject = findSubject(view, k);
    if (!target || !subject) continue;
    for (const s of subject.mentions) {
      const facts = {
        type: "CRITICIZE" as const,
        confidence: CONFIDENCE.clause,
        negated: false,
        hypothetical: false,
        eventDate,
        attributedTo: s,
      };
      const relation = buildRelation(context, view, { start: k, end: k + 1 }, s, target, facts);
      if (relation) relations.push(relation);
    }
  }
  return relations;
}
