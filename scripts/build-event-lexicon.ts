// Builds newsgraph's event lexicon from the PETRARCH-2 dictionaries (MIT, Open Event Data Alliance): from the CAMEO
// verb dictionary every verb lemma with its default CAMEO code, its irregular forms, and its patterns (words before
// and after the verb, synsets expanded) with the code each gives (cameo-verbs.json); from the Phoenix agents the nouns
// that act for a state or organisation (phoenix-agents.json); from the Phoenix actors the given names of the people
// they list (phoenix-given-names.json) and the people themselves, with their spellings and the countries and bodies
// their dated roles belong to (phoenix-people.json). Writes ingest/extract/lexicon/data/ and copies the
// dictionaries' licence beside them. Run it again when the dictionaries change:
//
//   node bin/run-ts.mjs scripts/build-event-lexicon.ts [--dictionaries ../shared/dictionaries/petrarch2]

import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compileCameoVerbs } from "../ingest/extract/lexicon/compile-cameo-verbs.ts";
import { compilePhoenixAgents } from "../ingest/extract/lexicon/compile-phoenix-agents.ts";
import { compilePhoenixGivenNames } from "../ingest/extract/lexicon/compile-phoenix-given-names.ts";
import { compilePhoenixPeople } from "../ingest/extract/lexicon/compile-phoenix-people.ts";
import { createPeopleSources } from "../ingest/extract/lexicon/people-sources.ts";
import { createGazetteer } from "../ingest/gazetteer/gazetteer.ts";
import { loadWinkReader } from "../ingest/nlp/create-wink-reader.ts";
import { parseScriptArgs } from "./parse-script-args.ts";

const args = parseScriptArgs(process.argv.slice(2), { dictionaries: "../shared/dictionaries/petrarch2" });
const out = "ingest/extract/lexicon/data";
const compiled = compileCameoVerbs(readFileSync(join(args.dictionaries, "CAMEO.2.0.txt"), "utf8"));
writeFileSync(join(out, "cameo-verbs.json"), JSON.stringify(compiled) + "\n");
const agentsText = readFileSync(join(args.dictionaries, "Phoenix.agents.txt"), "utf8");
const agents = compilePhoenixAgents(agentsText);
writeFileSync(join(out, "phoenix-agents.json"), JSON.stringify(agents) + "\n");
const actorTexts = ["Countries", "International", "MilNonState"].map((part) =>
  readFileSync(join(args.dictionaries, `Phoenix.${part}.actors.txt`), "latin1"),
);
const givenNames = compilePhoenixGivenNames(actorTexts, agentsText);
writeFileSync(join(out, "phoenix-given-names.json"), JSON.stringify(givenNames) + "\n");
const wink = loadWinkReader();
const sources = createPeopleSources(createGazetteer(), (lower) => wink.knowsWord?.(lower) === true);
const people = compilePhoenixPeople(actorTexts, agentsText, sources);
writeFileSync(join(out, "phoenix-people.json"), JSON.stringify(people) + "\n");
copyFileSync(join(args.dictionaries, "LICENSE"), join(out, "PETRARCH2-LICENSE"));
console.log(`${Object.keys(agents).length} state agent nouns → ${out}/phoenix-agents.json`);
console.log(`${people.people.length} people, ${people.affiliations.length} affiliations → ${out}/phoenix-people.json`);
console.log(`${givenNames.length} given names → ${out}/phoenix-given-names.json`);
const patterns = Object.values(compiled.verbs).reduce((sum, verb) => sum + verb.patterns.length, 0);
console.log(
  `${Object.keys(compiled.verbs).length} verbs, ${patterns} patterns, ${Object.keys(compiled.forms).length} irregular forms → ${out}/cameo-verbs.json`,
);
