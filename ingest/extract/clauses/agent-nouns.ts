// Nouns that act for a state or organisation ("troops", "ministry", "spokesman"): the one-word state agents of the
// Phoenix agents dictionary (lexicon/data/phoenix-agents.json, built by scripts/build-event-lexicon.ts) and the force
// nouns and official titles the mention stage knows (mention-lexicon.ts: "forces", "officials", "spokeswoman"), which
// the dictionary names only inside longer phrases. Loaded once per thread.

import { readFileSync } from "node:fs";
import { packageFile } from "../../package-files.ts";
import { nounLemma } from "./find-clauses.ts";
import { FORCE_NOUNS, OFFICIAL_TITLES } from "../mentions/mention-lexicon.ts";

let shared: ReadonlySet<string> | null = null;

/** The lower-case singular agent nouns. */
export function loadAgentNouns(): ReadonlySet<string> {
  if (shared) return shared;
  const phoenix = Object.keys(
    JSON.parse(
      readFileSync(packageFile("ingest", "extract", "lexicon", "data", "phoenix-agents.json"), "utf8"),
    ) as object,
  );
  shared = new Set([
    ...phoenix,
    ...[...FORCE_NOUNS, ...OFFICIAL_TITLES].map(nounLemma),
    "leader",
    "aide",
    "adviser",
    "head",
    "chief",
    "boss",
    "representative",
    "envoy",
    // Bodies that negotiate or investigate for a state ("the Ukrainian delegation", "Russian negotiators").
    "delegation",
    "negotiator",
    "investigator",
  ]);
  return shared;
}
