import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createExtractor } from "../../ingest/extract/create-extractor.ts";
import { evaluateConllNer, parseConll } from "../../eval/conll-ner-eval.ts";
import { measureExtractionThroughput } from "../../eval/measure-extraction-throughput.ts";
import { evaluatePetrarch, parseCameoToPlover, ploverOfCameo } from "../../eval/petrarch-eval.ts";
import { dateFromFileName } from "../../eval/extract-dev-articles.ts";

const dir = mkdtempSync(join(tmpdir(), "newsgraph-eval-test-"));

// Hand-written four-column lines in the CoNLL-2003 layout (not taken from the corpus).
const CONLL = [
  "-DOCSTART- -X- -X- O",
  "",
  "Jens NNP B-NP B-PER",
  "Stoltenberg NNP I-NP I-PER",
  "visited VBD B-VP O",
  "Vilnius NNP B-NP B-LOC",
  ". . O O",
  "",
  "NATO NNP B-NP B-ORG",
  "welcomed VBD B-VP O",
  "Finnish JJ B-NP B-MISC",
  "troops NNS I-NP O",
  ". . O O",
  "",
].join("\n");

describe("eval scorers", () => {
  it("parses CoNLL documents into text with character-offset entities", () => {
    const [document] = parseConll(CONLL);
    expect(document?.text).toEqual("Jens Stoltenberg visited Vilnius .\n\nNATO welcomed Finnish troops .");
    expect(document?.entities.map((e) => [document.text.slice(e.start, e.end), e.type])).toEqual([
      ["Jens Stoltenberg", "PER"],
      ["Vilnius", "LOC"],
      ["NATO", "ORG"],
      ["Finnish", "MISC"],
    ]);
  });

  it("scores recognised names against CoNLL gold by exact span and type", () => {
    const path = join(dir, "tiny.conll");
    writeFileSync(path, CONLL);
    const scores = evaluateConllNer(path, createExtractor({ metonymy: false }));
    expect([
      scores.perType.PER.correct,
      scores.perType.LOC.correct,
      scores.perType.ORG.correct,
      scores.overall.gold,
    ]).toEqual([1, 1, 1, 3]);
  });

  it("maps CAMEO codes to PLOVER through the table, with parent fallback and table aliases", () => {
    const table = parseCameoToPlover(
      "# comment\n04: CONSULT\n042: CONSULT, visit, # Make a visit\n112: ACCUSE, disapprove, # Accuse\n",
    );
    expect([ploverOfCameo(table, "0421"), ploverOfCameo(table, "112"), ploverOfCameo(table, "190")]).toEqual([
      "CONSULT",
      "DISAPPROVE",
      null,
    ]);
  });

  it("scores event codings by the names' first letters", () => {
    const records = join(dir, "records.jsonl");
    const cameo = join(dir, "cameo.txt");
    writeFileSync(cameo, "11: ACCUSE\n111: ACCUSE, disapprove, # Criticize\n");
    writeFileSync(
      records,
      [
        {
          id: "r1",
          date: "20220101",
          text: "Arnor criticized Gondor on Monday.",
          codings: [{ source: "ARN", target: "GON", cameo: "111" }],
        },
        {
          id: "r2",
          date: "20220101",
          text: "Rain fell.",
          codings: [{ source: "", target: "", cameo: "", noevents: "True" }],
        },
      ]
        .map((r) => JSON.stringify(r))
        .join("\n"),
    );
    const scores = evaluatePetrarch(records, cameo, createExtractor());
    expect([
      scores.codings,
      scores.sourceAccuracy,
      scores.targetAccuracy,
      scores.typeAccuracy,
      scores.fullAccuracy,
    ]).toEqual([1, 1, 1, 1, 1]);
  });

  it("reads the publication day from corpus file names", () => {
    expect([dateFromFileName("dir/20220125T090000Z_GB_en_7d015e6984.txt"), dateFromFileName("article_3.txt")]).toEqual([
      "2022-01-25",
      null,
    ]);
  });

  it("measures throughput against wink on the same texts", () => {
    const t = measureExtractionThroughput(["NATO warns Russia\n\nThe alliance warned Moscow on Monday."]);
    expect([t.tokensPerSecond > 0, t.winkTokensPerSecond > 0, t.ratio > 0, t.articlesPerSecond > 0]).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });
});
