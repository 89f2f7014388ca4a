// Backing named in a compound modifier: "the Kremlin-backed Wagner Group", "Iran-funded militias called the Houthis",
// "US-trained brigades": the actor before the hyphen backs the actor the modifier describes. A standing fact the
// sentence presupposes, so no clause's mood reaches it.

import type { RelationType } from "../../../graph-schema/index.ts";
import type { Sentence, Token } from "../../nlp/analyze-text.ts";
import { wordAfter } from "../../nlp/neighbour-words.ts";
import { adjoins } from "../mentions/hyphenated-words.ts";
import type { Statement, StatementContext } from "./statement.ts";

/** Participles after a hyphen that say one actor backs another, with the act they name. */
const BACKING: ReadonlyMap<string, RelationType> = new Map([
  ["backed", "SUPPORT"],
  ["supported", "SUPPORT"],
  ["sponsored", "SUPPORT"],
  ["funded", "AID"],
  ["financed", "AID"],
  ["armed", "AID"],
  ["trained", "AID"],
]);

/** Statements of the backing compounds of one sentence ("Kremlin-backed Wagner Group" → Russia SUPPORT Wagner). */
export function backingCompounds(context: StatementContext, sentence: Sentence, index: number): Statement[] {
  const { tokens } = context.tree;
  const out: Statement[] = [];
  for (let i = sentence.tokenStart + 2; i < sentence.tokenEnd; i++) {
    const type = BACKING.get((tokens[i] as Token).lower);
    const hyphen = tokens[i - 1] as Token;
    if (type === undefined || hyphen.text !== "-" || !adjoins(tokens[i - 2], hyphen) || !adjoins(hyphen, tokens[i]))
      continue;
    const backer = context.actorAt[i - 2] as number;
    const described = wordAfter(tokens, i, sentence);
    const backed = described < 0 ? -1 : (context.actorAt[described] as number);
    if (backer < 0 || backed < 0 || backer === backed) continue;
    out.push({
      subject: backer,
      object: backed,
      type,
      predicate: i,
      subjectToken: i - 2,
      objectToken: described,
      scope: i,
      sentence: index,
      origin: "nominal",
      speaker: -1,
      negated: false,
      hypothetical: false,
    });
  }
  return out;
}
