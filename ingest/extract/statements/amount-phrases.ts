// Amounts: "$713m of military aid", "a new package of sanctions", "500 million euros of humanitarian aid". An amount's
// "of" phrase names what is given or done, so the event noun there is the act of the light verb that takes it.

import type { Token } from "../../nlp/analyze-text.ts";
import { nounLemma } from "../clauses/find-clauses.ts";
import type { StatementContext } from "./statement.ts";

/** Nouns of amount or batch whose "of" phrase is the thing given or done ("a package of sanctions"). */
const AMOUNT_NOUNS = new Set([
  "package",
  "wave",
  "series",
  "round",
  "batch",
  "tranche",
  "amount",
  "sum",
  "billion",
  "million",
]);
/** An amount: a number, a currency sign, a noun of amount, or a noun counted ("500 million euros"). */
export function isAmount(tree: StatementContext["tree"], head: number): boolean {
  const token = tree.tokens[head] as Token;
  if (token.upos === "NUM" || token.upos === "SYM" || AMOUNT_NOUNS.has(nounLemma(token.lower))) return true;
  return tree.children(head).some((c) => (tree.tokens[c] as Token).deprel === "nummod");
}
