// The syntax model's file format: a gzip-compressed container of a JSON header (format version, vocabularies,
// provenance, and each section's type and length) followed by the sections' bytes. A classifier's weights are
// stored as 16-bit integers times a step given in the header, its rows' feature keys sorted and delta-coded, and the
// number of weights per row as bytes, so a model of a few million weights takes a few megabytes.

import { gunzipSync, gzipSync } from "node:zlib";
import type { SparseModelArrays } from "./sparse-linear-model.ts";

export const MODEL_FORMAT = "newsgraph-syntax";
export const MODEL_FORMAT_VERSION = 1;
const MAGIC = "NGSYNTAX";

/** What the header says beyond the arrays: vocabularies and free-form provenance (the model card's facts). */
export interface ModelFileHeader {
  format: typeof MODEL_FORMAT;
  version: number;
  tags: string[];
  labels: string[];
  /** The tagger's lexicon as [word, ambiguity class] pairs, sorted by word. */
  lexicon: Array<[string, number]>;
  /** Words tagged by lookup, as [word, tag] pairs sorted by word. */
  fixedTags: Array<[string, string]>;
  meta: Record<string, unknown>;
}

export interface ModelFileContents {
  header: ModelFileHeader;
  classifiers: Record<string, SparseModelArrays>;
}

interface SectionInfo {
  classifier: string;
  classCount: number;
  rows: number;
  entries: number;
  step: number;
}

/** Encodes a model; `steps` gives each classifier's quantisation step (its weights are multiples of it). */
export function encodeModelFile(contents: ModelFileContents, steps: Record<string, number>): Buffer {
  const sections: SectionInfo[] = [];
  const chunks: Buffer[] = [];
  for (const [name, arrays] of Object.entries(contents.classifiers)) {
    const step = steps[name];
    if (step === undefined || !(step > 0)) throw new Error(`model file: no quantisation step for "${name}"`);
    const unsigned = (row: number): number => (arrays.keys[row] as number) >>> 0;
    const order = Array.from(arrays.keys.keys()).sort((a, b) => unsigned(a) - unsigned(b));
    const keyBytes: number[] = [];
    let previous = 0;
    const counts = new Uint8Array(order.length);
    const classes: number[] = [];
    const weights: number[] = [];
    order.forEach((row, index) => {
      const key = (arrays.keys[row] as number) >>> 0;
      writeVarint(keyBytes, key - previous);
      previous = key;
      const start = arrays.rowStart[row] as number;
      const end = arrays.rowStart[row + 1] as number;
      counts[index] = end - start;
      for (let e = start; e < end; e++) {
        classes.push(arrays.entryClass[e] as number);
        const q = Math.round((arrays.entryWeight[e] as number) / step);
        if (q > 32767 || q < -32768)
          throw new Error(`model file: weight ${arrays.entryWeight[e]} exceeds 16 bits at step ${step}`);
        weights.push(q);
      }
    });
    sections.push({
      classifier: name,
      classCount: arrays.classCount,
      rows: order.length,
      entries: classes.length,
      step,
    });
    chunks.push(lengthPrefixed(Buffer.from(keyBytes)), Buffer.from(counts), Buffer.from(Uint8Array.from(classes)));
    chunks.push(Buffer.from(Int16Array.from(weights).buffer));
  }
  const header = Buffer.from(JSON.stringify({ ...contents.header, sections }), "utf8");
  const prefix = Buffer.alloc(MAGIC.length + 4);
  prefix.write(MAGIC, 0, "ascii");
  prefix.writeUInt32LE(header.length, MAGIC.length);
  return gzipSync(Buffer.concat([prefix, header, ...chunks]), { level: 9 });
}

/** Decodes a model file; throws with what was expected and found when the bytes are not one. */
export function decodeModelFile(bytes: Uint8Array): ModelFileContents {
  const raw = gunzipSync(bytes);
  if (raw.toString("ascii", 0, MAGIC.length) !== MAGIC) {
    throw new Error(
      `model file: expected the "${MAGIC}" signature, found "${raw.toString("latin1", 0, MAGIC.length)}"`,
    );
  }
  const headerLength = raw.readUInt32LE(MAGIC.length);
  let offset = MAGIC.length + 4;
  const parsed = JSON.parse(raw.toString("utf8", offset, offset + headerLength)) as ModelFileHeader & {
    sections: SectionInfo[];
  };
  offset += headerLength;
  if (parsed.format !== MODEL_FORMAT || parsed.version !== MODEL_FORMAT_VERSION) {
    throw new Error(
      `model file: expected ${MODEL_FORMAT} version ${MODEL_FORMAT_VERSION}, found ${parsed.format} version ${parsed.version}`,
    );
  }
  const classifiers: Record<string, SparseModelArrays> = {};
  for (const section of parsed.sections) {
    const keyLength = raw.readUInt32LE(offset);
    offset += 4;
    const keys = new Int32Array(section.rows);
    let cursor = offset;
    let previous = 0;
    for (let row = 0; row < section.rows; row++) {
      let value = 0;
      let shift = 0;
      for (;;) {
        const byte = raw[cursor++] as number;
        value += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80) break;
        shift += 7;
      }
      previous += value;
      keys[row] = previous | 0;
    }
    offset += keyLength;
    const rowStart = new Uint32Array(section.rows + 1);
    for (let row = 0; row < section.rows; row++)
      rowStart[row + 1] = (rowStart[row] as number) + (raw[offset + row] as number);
    offset += section.rows;
    const entryClass = raw.subarray(offset, offset + section.entries);
    offset += section.entries;
    // Copy the 16-bit weights to an aligned buffer and scale them in one pass.
    const quantised = new Int16Array(section.entries);
    new Uint8Array(quantised.buffer).set(raw.subarray(offset, offset + 2 * section.entries));
    const entryWeight = new Float32Array(section.entries);
    for (let e = 0; e < section.entries; e++) entryWeight[e] = (quantised[e] as number) * section.step;
    offset += 2 * section.entries;
    classifiers[section.classifier] = {
      classCount: section.classCount,
      keys,
      rowStart,
      entryClass,
      entryWeight,
      step: section.step,
    };
  }
  const { sections: _sections, ...header } = parsed;
  return { header, classifiers };
}

function writeVarint(out: number[], value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
}

function lengthPrefixed(bytes: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32LE(bytes.length, 0);
  return Buffer.concat([length, bytes]);
}
