// Who holds an event a noun names without naming its holder. A meeting that is the setting of another act was held
// by that act's subject ("said in talks with Wang Yi", "during a phone call, Scholz told Putin": the one told is the
// partner when the meeting names none); an act a verb of intent takes as its object is its subject's ("was planning
// attacks on Moldova"; modality reads that it has not happened).

import type { Token } from "../../nlp/analyze-text.ts";
import { NOMINAL_EVENTS } from "../lexicon/nominal-events.ts";
import type { ArticleTree } from "../syntax/article-tree.ts";
import type { ClauseArgument } from "./clause.ts";

/** What the clause reader knows of a verb's clause, given by find-clauses.ts. */
export interface ClauseReaders {
  /** The subjects of the clause headed by `verb`, its own or inherited. */
  subjectsOf(verb: number): ClauseArgument[];
  /** The arguments of the clause headed by `verb`. */
  argumentsOf(verb: number): ClauseArgument[];
  /** The preposition of the phrase headed by `i`, or "". */
  prepositionOf(i: number): string;
}

/** Verbs whose object event is the subject's own intended act ("planning attacks on Moldova"). */
const INTENDED_ACT_VERBS = new Set(["plan", "prepare", "intend", "threaten", "seek", "want", "contemplate"]);
/** Meetings that, as the setting of another act, were held by that act's subject ("told Putin in talks on Thursday"). */
const SETTING_TYPES = new Set(["MEET", "NEGOTIATE"]);
/** Prepositions that make a meeting the setting of an act, or the act's occasion ("after talks with Lavrov, said"). */
const SETTING_PREPOSITIONS = new Set(["in", "during", "at", "after", "following"]);
const PARTNER_PREPOSITIONS = new Set(["with", "between", "to"]);
/** Verbs of speech whose object is the one spoken to ("told Putin"), not what is said ("stressed the role"). */
const TELLING_VERBS = new Set(["tell", "inform", "assure", "brief", "remind"]);

/**
 * The holders the event noun at `predicate` implies when `own` (its arguments) names none: a common noun as compound
 * ("a phone call") or an uncapitalised adjective ("long talks") is no holder, a demonym is ("Russian talks").
 */
export function impliedHolders(
  tree: ArticleTree,
  predicate: number,
  lemma: string,
  own: readonly ClauseArgument[],
  readers: ClauseReaders,
): ClauseArgument[] {
  const named = (a: ClauseArgument): boolean => {
    const token = tree.tokens[a.head] as Token;
    return token.upos !== "NOUN" && (token.upos !== "ADJ" || token.capitalised);
  };
  const holds = (args: readonly ClauseArgument[]): boolean => args.some((a) => a.role === "subject" && named(a));
  if (holds(own)) return [];
  const setting = settingParties(tree, predicate, lemma, own, readers);
  if (holds(setting)) return setting;
  const token = tree.tokens[predicate] as Token;
  if (token.deprel === "obj" && token.head >= 0 && INTENDED_ACT_VERBS.has((tree.tokens[token.head] as Token).lemma))
    return [...setting, ...readers.subjectsOf(token.head)];
  return setting;
}

/**
 * The parties of a meeting named as the setting of a verb's act: the verb's subjects hold it, and with no partner of
 * its own, the one told is the partner ("had told President Putin in talks"). None when the meeting is no setting.
 */
function settingParties(
  tree: ArticleTree,
  predicate: number,
  lemma: string,
  own: readonly ClauseArgument[],
  readers: ClauseReaders,
): ClauseArgument[] {
  const token = tree.tokens[predicate] as Token;
  const event = NOMINAL_EVENTS.get(lemma);
  const type = event !== undefined && "type" in event ? event.type : undefined;
  // The meeting hangs from the verb, or from its object when the parse attached the phrase there ("discussed the
  // invasion in talks with Wang Yi").
  const onObject = token.deprel === "nmod" && token.head >= 0 && (tree.tokens[token.head] as Token).deprel === "obj";
  const verb = onObject ? (tree.tokens[token.head] as Token).head : token.head;
  if (type === undefined || !SETTING_TYPES.has(type) || verb < 0) return [];
  // "after new phone talks between Putin and Biden": a meeting that names its own parties is theirs.
  if (own.some((a) => a.preposition === "between")) return [];
  if (!token.deprel.startsWith("obl") && !onObject) return [];
  if ((tree.tokens[verb] as Token).upos !== "VERB" || !SETTING_PREPOSITIONS.has(readers.prepositionOf(predicate)))
    return [];
  const parties = readers.subjectsOf(verb);
  if (parties.length === 0) return [];
  const partnered = own.some((a) => a.role === "oblique" && PARTNER_PREPOSITIONS.has(a.preposition));
  if (!partnered && TELLING_VERBS.has((tree.tokens[verb] as Token).lemma)) {
    for (const told of readers.argumentsOf(verb))
      if (told.role === "object" || told.role === "recipient")
        parties.push({ ...told, role: "recipient", inherited: true });
  }
  return parties;
}
