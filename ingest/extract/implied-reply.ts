// Replies with an implicit object: "Peskov dismissed the accusations as hysteria" answers whoever accused Russia
// earlier in the article. The object is the most recent actor who accused, warned, criticised or threatened the
// replier (or the country or organisation the replier speaks for), at lower confidence.

import { ploverOf, type RelationType } from "../../graph-schema/index.ts";
import type { Token } from "../nlp/analyze-text.ts";
import type { LocalRelation } from "./article-extraction.ts";
import { CONFIDENCE, type RelationContext } from "./build-relation.ts";
import { findSubject, type SentenceView } from "./clause-arguments.ts";
import type { Mention } from "./find-mentions.ts";
import { isClaimNoun } from "./reported-content.ts";

/** Reply cues whose object may be left implicit. */
export const REPLY_TYPES: ReadonlySet<RelationType> = new Set(["REJECT", "DENY"]);
/** Nouns beyond the claim nouns that name someone else's words as the thing rejected ("the warnings"). */
const REPLIED_NOUNS = new Set(["warning", "warnings", "criticism", "threats", "demands"]);
const isRepliedNoun = (word: string): boolean => isClaimNoun(word) || REPLIED_NOUNS.has(word);
const PROVOKING_TYPES: ReadonlySet<RelationType> = new Set(["ACCUSE", "WARN", "CRITICIZE", "THREATEN", "DEMAND"]);
const SKIPPABLE_POS = new Set(["DET", "ADJ", "PRON"]);
/** How many tokens after the cue the replied noun may stand ("dismissed all these Western claims"). */
const REPLIED_NOUN_REACH_TOKENS = 4;

/**
 * The reply statement of a reject/deny cue whose object is a bare "the accusations": subject the clause's
 * subject, object the latest earlier provoker of that subject in `earlier` (text order); empty when none.
 */
export function impliedReply(
  context: RelationContext,
  view: SentenceView,
  cue: { start: number; end: number },
  type: RelationType,
  earlier: readonly LocalRelation[],
): LocalRelation[] {
  const { tokens, text } = context.analyzed;
  const noun = repliedNoun(view, cue.end);
  if (noun === null) return [];
  const mention = findSubject(view, cue.start)?.mentions[0] as Mention | undefined;
  const replier = mention ? context.actors[mention.actor] : undefined;
  if (!mention || !replier) return [];
  const speaksFor = new Set([replier.localId]);
  for (const actor of context.actors) if (actor.name === replier.affiliation) speaksFor.add(actor.localId);
  const provocation = [...earlier]
    .reverse()
    .find(
      (r) => PROVOKING_TYPES.has(r.type) && speaksFor.has(r.object) && !speaksFor.has(r.subject) && !r.hypothetical,
    );
  if (!provocation) return [];
  const cueStart = (tokens[cue.start] as Token).start;
  const cueEnd = (tokens[cue.end - 1] as Token).end;
  const nounToken = tokens[noun] as Token;
  return [
    {
      subject: replier.localId,
      object: provocation.subject,
      type,
      plover: ploverOf(type),
      sentence: text.slice(view.sentence.start, view.sentence.end),
      negated: false,
      hypothetical: false,
      confidence: Math.round(CONFIDENCE.clause * CONFIDENCE.coreference * 100) / 100,
      attributedTo: replier.localId,
      cue: text.slice(cueStart, cueEnd),
      eventDate: null,
      offsets: {
        sentence: [view.sentence.start, view.sentence.end],
        subject: [mention.start, mention.end],
        verb: [cueStart, cueEnd],
        object: [nounToken.start, nounToken.end],
      },
    },
  ];
}

/** True when a one-actor sentence may still hold an implied reply (it names "the accusations", "the claims"…). */
export function mayHoldImpliedReply(view: SentenceView): boolean {
  if (view.mentions.length !== 1) return false;
  for (let k = view.sentence.tokenStart; k < view.sentence.tokenEnd; k++) {
    if (isRepliedNoun((view.tokens[k] as Token).lower)) return true;
  }
  return false;
}

function repliedNoun(view: SentenceView, cueEnd: number): number | null {
  const { tokens, sentence } = view;
  for (let k = cueEnd; k < Math.min(sentence.tokenEnd, cueEnd + REPLIED_NOUN_REACH_TOKENS); k++) {
    const token = tokens[k] as Token;
    if (isRepliedNoun(token.lower)) {
      // "the accusations by X" / "X's claims" name the accuser: the ordinary object search handles them.
      const next = tokens[k + 1]?.lower;
      return next === "by" || next === "from" || next === "of" ? null : k;
    }
    if (!SKIPPABLE_POS.has(token.pos)) return null;
  }
  return null;
}
