// Words that type what a speaker says about someone when no verb of the lexicon does: "Moscow has been willing to
// conduct aggressive actions" is an accusation, "Russia will pay a heavy price" a warning. Small general lists of
// blame and consequence, not patterns of particular sentences.

/** Words that make a statement about an actor's conduct an accusation. */
export const BLAME_WORDS: ReadonlySet<string> = new Set([
  "aggression",
  "aggressive",
  "aggressor",
  "invasion",
  "invade",
  "provocation",
  "provocative",
  "provoke",
  "lie",
  "lies",
  "lying",
  "propaganda",
  "disinformation",
  "illegal",
  "illegitimate",
  "unacceptable",
  "crime",
  "crimes",
  "criminal",
  "atrocity",
  "atrocities",
  "terror",
  "terrorist",
  "terrorism",
  "genocide",
  "destabilise",
  "destabilize",
  "escalate",
  "escalation",
  "violate",
  "violation",
  "violations",
  "annex",
  "annexation",
  "occupy",
  "occupation",
  "blackmail",
  "threat",
  "threaten",
  "threatening",
  "hostile",
  "expansionism",
  "imperialism",
  "imperialist",
  "brutal",
  "barbaric",
  "responsible",
  "blame",
  "undermine",
  "interference",
  "interfere",
  "sabotage",
  "war",
  "cynical",
  "cynically",
  "brazen",
  "brazenly",
  "shameless",
  "shamelessly",
  "reckless",
  "recklessly",
]);

/**
 * Names of a conflict: blame when something is called one ("called the invasion a senseless war"), but not when a
 * report mentions the conflict by its owner ("Russia's war in Ukraine", "the Russian war"), as news does daily.
 */
export const CONFLICT_NAMES: ReadonlySet<string> = new Set(["war"]);

/** Words of consequence that make a statement about an actor's future a warning. */
export const CONSEQUENCE_WORDS: ReadonlySet<string> = new Set([
  "consequence",
  "consequences",
  "price",
  "pay",
  "cost",
  "costs",
  "costly",
  "punish",
  "punishment",
  "retaliate",
  "retaliation",
  "respond",
  "response",
  "severe",
  "harsh",
  "decisive",
  "massive",
  "swift",
  "sanctions",
  "sanction",
  "regret",
]);

/** Modal words of advice: "the West should prepare" appeals ("must" and "need to" demand). */
export const APPEAL_MODALS: ReadonlySet<string> = new Set(["should", "ought"]);
