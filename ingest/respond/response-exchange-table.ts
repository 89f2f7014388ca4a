// Which relation types plausibly answer which: the exchange table behind implicit response links (B's statement
// about A that follows A's statement about B without an explicit cue). Values are base confidences, 0..1.

import type { RelationType } from "../../graph-schema/index.ts";

/** Earlier statement type → answering statement type → base confidence of an implicit link. */
export type ResponseExchangeTable = Readonly<
  Partial<Record<RelationType, Readonly<Partial<Record<RelationType, number>>>>>
>;

/**
 * The default exchanges. Accusations are denied, rejected or returned; warnings and threats are rejected or
 * matched; demands are rejected, met or conceded; sanctions and attacks draw condemnation and counter-measures;
 * aid and support draw thanks. Demands and appeals also draw counter-accusations ("urged Moscow to pull back" →
 * "accused London of ignoring Russia's proposals"). A warning after an accusation is more often the warner's
 * own move than an answer, so it weighs least. Denials (a negated statement of the subject's own counts as
 * one) are rejected or met with renewed accusations; rejections draw only weak follow-ups. Answers are
 * statements (verbal) or counter-sanctions: in a war, attacks follow attacks daily, and linking them without
 * a cue would bury the real exchanges (measured on the development corpus).
 */
export const DEFAULT_RESPONSE_EXCHANGES: ResponseExchangeTable = {
  ACCUSE: { DENY: 0.7, REJECT: 0.65, ACCUSE: 0.5, CRITICIZE: 0.5, THREATEN: 0.3, WARN: 0.25 },
  CRITICIZE: { REJECT: 0.6, DENY: 0.55, CRITICIZE: 0.5, ACCUSE: 0.45, WARN: 0.35 },
  WARN: { REJECT: 0.6, WARN: 0.5, THREATEN: 0.5, CRITICIZE: 0.4, ACCUSE: 0.4, DENY: 0.4 },
  THREATEN: { REJECT: 0.6, THREATEN: 0.55, WARN: 0.5, CRITICIZE: 0.45, DENY: 0.4 },
  DEMAND: { REJECT: 0.65, AGREE: 0.6, CONCEDE: 0.6, CRITICIZE: 0.4, ACCUSE: 0.4, DENY: 0.35 },
  APPEAL: { REJECT: 0.55, AGREE: 0.55, CONCEDE: 0.5, ACCUSE: 0.4, CRITICIZE: 0.4, SUPPORT: 0.35 },
  SANCTION: { SANCTION: 0.55, CRITICIZE: 0.5, THREATEN: 0.45, WARN: 0.4, REJECT: 0.4 },
  ATTACK: { CRITICIZE: 0.35, ACCUSE: 0.35, THREATEN: 0.3 },
  MOBILIZE: { WARN: 0.5, CRITICIZE: 0.45, DEMAND: 0.4 },
  INVESTIGATE: { DENY: 0.45, CRITICIZE: 0.4, REJECT: 0.4 },
  REJECT: { CRITICIZE: 0.4, ACCUSE: 0.35, WARN: 0.35 },
  DENY: { ACCUSE: 0.4, REJECT: 0.4, CRITICIZE: 0.35, WARN: 0.3 },
  AID: { PRAISE: 0.45 },
  SUPPORT: { PRAISE: 0.4 },
  NEGOTIATE: { AGREE: 0.35, REJECT: 0.35 },
};

/** The base confidence that a `later` statement answers an `earlier` one, or 0 when the pair is no exchange. */
export function exchangeStrength(table: ResponseExchangeTable, earlier: RelationType, later: RelationType): number {
  return table[earlier]?.[later] ?? 0;
}

/**
 * The types that answer a statement of another article without a cue: replies proper (a denial, a rejection, an
 * agreement, a concession). A new warning, accusation or criticism in a running crisis is made every day whether or
 * not the other side spoke: across articles, taken as an answer to the other side's latest statement it was wrong
 * in 71 of 74 links on 390 corpus articles. Within one article, its telling of the exchange links them.
 */
export const ANSWERS_ACROSS_ARTICLES: ReadonlySet<RelationType> = new Set(["DENY", "REJECT", "AGREE", "CONCEDE"]);

/** Whether `answer` may answer `earlier`, a statement of another article, without a cue: a reply proper, both asserted. */
export const answersAcrossArticles = (
  answer: { type: RelationType; hypothetical: boolean },
  earlier: { hypothetical: boolean },
): boolean => ANSWERS_ACROSS_ARTICLES.has(answer.type) && !answer.hypothetical && !earlier.hypothetical;
