// The syntax model file: version 2 (stored as it is, weights read in place) and version 1 (gzip) read back into the
// same arrays, the scorers built from the stored 16-bit weights score exactly as from the float32 weights, and files
// that are not a model this code reads are refused with what was expected and found.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { NewsgraphError } from "../../../graph-schema/index.ts";
import { readSyntaxModelFile } from "../../../ingest/syntax/load-syntax-model.ts";
import { featureKey } from "../../../ingest/syntax/model/hash-feature.ts";
import {
  decodeModelFile,
  encodeModelFile,
  MODEL_FORMAT,
  MODEL_FORMAT_VERSION,
  type ModelFileContents,
} from "../../../ingest/syntax/model/model-file.ts";
import { sameModelFileContents } from "../../../ingest/syntax/model/same-model-contents.ts";
import { createLinearScorer, type SparseModelArrays } from "../../../ingest/syntax/model/sparse-linear-model.ts";
import { SparseRowScorer } from "../../../ingest/syntax/model/sparse-row-scorer.ts";
import { SPARSE_TEMPLATE, sparseClassifier as classifier } from "../../support/sparse-classifier.ts";

const STEPS = { transitions: 0.0021, labeller: 0.00037 };

function contents(version: number): ModelFileContents {
  return {
    header: {
      format: MODEL_FORMAT,
      version,
      tags: ["NOUN|NN", "VERB|VBD", "PUNCT|."],
      labels: ["root", "nsubj", "obj", "punct"],
      lexicon: [
        ["russia", 3],
        ["warned", 9],
      ],
      fixedTags: [["the", "DET|DT"]],
      meta: { seed: 7, note: "a model written by a test" },
    },
    classifiers: {
      // An odd number of rows and entries, so that version 2 must pad before the 16-bit weights.
      transitions: classifier(
        [
          [3, -7, 0],
          [0, 0, 32767],
          [-32768, 1, 2],
        ],
        3,
        STEPS.transitions,
      ),
      labeller: classifier(
        [
          [0, 5, -5, 0],
          [1, 0, 0, 0],
        ],
        4,
        STEPS.labeller,
      ),
    },
  };
}

const written = (version: number): Buffer => encodeModelFile(contents(version), STEPS);

describe("model file versions", () => {
  it.each([
    { version: 2, gzip: false },
    { version: 1, gzip: true },
  ])("version $version reads back into the same header and arrays (gzip: $gzip)", ({ version, gzip }) => {
    const bytes = written(version);
    expect(bytes[0] === 0x1f && bytes[1] === 0x8b).toBe(gzip);
    const decoded = decodeModelFile(bytes);
    expect(decoded.header.version).toBe(version);
    expect(sameModelFileContents(contents(version), decoded)).toBeNull();
    // The float32 weights, computed from the 16-bit ones only when asked for, are the trained ones.
    for (const [name, arrays] of Object.entries(contents(version).classifiers))
      expect(Array.from(decoded.classifiers[name]!.entryWeight)).toEqual(Array.from(arrays.entryWeight));
  });

  it("writes the current version, with the weights of every section at an even offset (read in place)", () => {
    expect(MODEL_FORMAT_VERSION).toBe(2);
    const bytes = written(2);
    const aligned = new Uint8Array(new ArrayBuffer(bytes.length));
    aligned.set(bytes);
    for (const arrays of Object.values(decodeModelFile(aligned).classifiers))
      expect(arrays.entryQuantised?.buffer).toBe(aligned.buffer);
  });

  it("reads a version 2 file that lies at an odd offset in memory (its weights copied, not viewed)", () => {
    const bytes = written(2);
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    const decoded = decodeModelFile(shifted);
    expect(sameModelFileContents(contents(2), decoded)).toBeNull();
    for (const arrays of Object.values(decoded.classifiers))
      expect(arrays.entryQuantised?.buffer).not.toBe(shifted.buffer);
  });

  it("a version 1 file converted to version 2 holds the same model", () => {
    const fromV1 = decodeModelFile(written(1));
    const converted = encodeModelFile({ ...fromV1, header: { ...fromV1.header, version: 2 } }, STEPS);
    expect(converted.equals(written(2))).toBe(true);
  });
});

describe("model files this code refuses", () => {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-model-file-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const newer = written(2).toString("latin1").replace('"version":2', '"version":3');
  it.each([
    {
      title: "a newer version",
      bytes: Buffer.from(newer, "latin1"),
      found: /expected newsgraph-syntax version 1 or 2, found newsgraph-syntax version 3/,
    },
    {
      title: "another file",
      bytes: Buffer.from("PK\u0003\u0004 not a model at all"),
      found: /expected the "NGSYNTAX" signature, found "PK/,
    },
    {
      title: "a file cut short",
      bytes: written(2).subarray(0, written(2).length - 3),
      found: /the "labeller" section is cut short/,
    },
    { title: "an empty file", bytes: Buffer.alloc(0), found: /expected the "NGSYNTAX" signature/ },
  ])("$title: a coded error saying what was expected and found", ({ title, bytes, found }) => {
    const path = join(dir, `${title.replace(/\W+/g, "-")}.bin`);
    writeFileSync(path, bytes);
    let error: unknown;
    try {
      readSyntaxModelFile(path);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(NewsgraphError);
    expect((error as NewsgraphError).code).toBe("INVALID_INPUT");
    expect((error as Error).message).toMatch(found);
  });
});

describe("scorers built from the stored 16-bit weights", () => {
  /** Float32 sums of the rows of `features`, added in feature order: how the model was trained to be read. */
  function plainScores(arrays: SparseModelArrays, features: Int32Array): Float32Array {
    const scores = new Float32Array(arrays.classCount);
    for (const key of features) {
      const row = arrays.keys.indexOf(key);
      if (row < 0) continue;
      for (let e = arrays.rowStart[row]!; e < arrays.rowStart[row + 1]!; e++)
        scores[arrays.entryClass[e]!] = scores[arrays.entryClass[e]!]! + arrays.entryWeight[e]!;
    }
    return scores;
  }
  const model = decodeModelFile(written(2));
  const trained = contents(2);
  const features = Int32Array.from([
    featureKey(SPARSE_TEMPLATE, 1),
    featureKey(SPARSE_TEMPLATE, 9),
    featureKey(SPARSE_TEMPLATE, 0),
    featureKey(SPARSE_TEMPLATE, 2),
  ]);
  it.each(["transitions", "labeller"])("%s: the same scores as the float32 weights give", (name) => {
    const fromFile = createLinearScorer(model.classifiers[name]!);
    const fromFloats = createLinearScorer({ ...trained.classifiers[name]!, step: STEPS[name as keyof typeof STEPS] });
    const a = new Float32Array(fromFile.classCount);
    const b = new Float32Array(fromFile.classCount);
    fromFile.score(features, features.length, a);
    fromFloats.score(features, features.length, b);
    expect(Array.from(a)).toEqual(Array.from(b));
    if (fromFile instanceof SparseRowScorer)
      expect(Array.from(a)).toEqual(Array.from(plainScores(trained.classifiers[name]!, features)));
  });
});
