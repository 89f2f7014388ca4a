// A statement while it is being built: who did what to whom (article actor indices), the predicate that says so, how
// it was found, and, once the modality and attribution stages have run, whether it is asserted and who said it.

import type { RelationType } from "../../../graph-schema/index.ts";
import type { EventLexicon } from "../lexicon/event-lexicon.ts";
import type { ActorAtToken } from "../clauses/argument-actors.ts";
import type { Clause } from "../clauses/clause.ts";
import type { ArticleActor } from "../mentions/link-actors.ts";
import type { ArticleTree } from "../syntax/article-tree.ts";
import type { QuoteSpan } from "./quote-spans.ts";

/** How a statement was found; it sets its confidence. */
export type StatementOrigin = "clause" | "inherited" | "light-verb" | "nominal" | "complement" | "speech" | "reply";

export const CONFIDENCE_BY_ORIGIN: Readonly<Record<StatementOrigin, number>> = {
  clause: 0.85,
  "light-verb": 0.8,
  inherited: 0.75,
  complement: 0.7,
  reply: 0.7,
  nominal: 0.6,
  speech: 0.6,
};

export interface Statement {
  subject: number;
  object: number;
  type: RelationType;
  /** Token of the word that carries the act (verb or event noun). */
  predicate: number;
  /** Head tokens of the subject's and the object's phrases in this sentence (for offsets). */
  subjectToken: number;
  objectToken: number;
  /** The clause whose modality decides whether the act is asserted (the predicate's, or the reported clause's). */
  scope: number;
  sentence: number;
  origin: StatementOrigin;
  /** The article actor whose words report it (reported speech), or -1. */
  speaker: number;
  negated: boolean;
  hypothetical: boolean;
  /** The event noun a light verb takes ("announced possible sanctions"): its modifiers count for the act's mood. */
  eventNoun?: number;
  /** What a speaker said is negated ("insisted that Poland is not a threat"): the act they make is negated too. */
  contentNegated?: boolean;
}

/** What the statement stages read. */
export interface StatementContext {
  tree: ArticleTree;
  lexicon: EventLexicon;
  actorAt: ActorAtToken;
  actors: readonly ArticleActor[];
  /** Nouns that act for the actor beside them ("troops", "ministry": Phoenix state agents). */
  agentNouns: ReadonlySet<string>;
  /** Each sentence's clauses, by predicate token. */
  clauseAt: ReadonlyMap<number, Clause>;
  /** The article's quotations (statements/quote-spans.ts). */
  quotes: readonly QuoteSpan[];
  /**
   * The affiliation the dictionaries give a person the article gives none, by actor index: the side a speaker speaks
   * from ("Putin said Russia had moved…" is no accusation of Russia), though no evidence of whom they act for.
   */
  listedSides?: ReadonlyMap<number, string>;
}

/** Whether a speaker speaks from the side of `actor`: the same side, or the side the dictionaries give the speaker. */
export function speaksFor(
  context: Pick<StatementContext, "actors" | "listedSides">,
  speaker: number,
  actor: number,
): boolean {
  if (sameSide(context.actors, speaker, actor)) return true;
  const listed = context.listedSides?.get(speaker);
  return listed !== undefined && listed === context.actors[actor]?.name;
}

/** Whether two actors are the same side: the same, or one the other's affiliation (Peskov and Russia). */
export function sameSide(actors: readonly ArticleActor[], a: number, b: number): boolean {
  if (a === b) return true;
  const first = actors[a];
  const second = actors[b];
  if (!first || !second) return false;
  return (
    (first.affiliation !== null && first.affiliation === second.name) ||
    (second.affiliation !== null && second.affiliation === first.name) ||
    (first.affiliation !== null && first.affiliation === second.affiliation)
  );
}
