// The syntax model's file format: a container of a JSON header (format version, vocabularies, provenance, and each
// section's type and length) followed by the sections' bytes. A classifier's weights are stored as 16-bit integers
// times a step given in the header, its rows' feature keys sorted and delta-coded, and the number of weights per row
// as bytes, so a model of a few million weights takes about 20 MB. Version 2 (written since issue 17's speed work)
// is stored as it is, each section's weights at an even offset so that they are read in place (no gunzip, no copy:
// loading takes a third of the time); version 1, the same container gzip-compressed without that alignment, is
// still read.

import { gunzipSync, gzipSync } from "node:zlib";
import { quantisedWeights } from "./quantised-weights.ts";
import type { SparseModelArrays } from "./sparse-linear-model.ts";

export const MODEL_FORMAT = "newsgraph-syntax";
/** The version this code writes. */
export const MODEL_FORMAT_VERSION = 2;
/** The versions this code reads. */
export const READABLE_MODEL_FORMAT_VERSIONS: readonly number[] = [1, 2];
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

/** Whether `bytes` start with gzip's signature (a version 1 file). */
function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Padding before a section's 16-bit weights at `offset`: none in version 1, one byte to an even offset after. */
function weightPadding(version: number, offset: number): number {
  return version >= 2 ? offset & 1 : 0;
}

/**
 * Encodes a model in format `version` (header.version; MODEL_FORMAT_VERSION unless a test or a conversion asks for
 * another); `steps` gives each classifier's quantisation step (its weights are multiples of it).
 */
export function encodeModelFile(contents: ModelFileContents, steps: Record<string, number>): Buffer {
  const version = contents.header.version;
  if (!READABLE_MODEL_FORMAT_VERSIONS.includes(version)) throw new Error(`model file: cannot write version ${version}`);
  const sections: SectionInfo[] = [];
  /** Per section: its length-prefixed keys, row lengths, classes and 16-bit weights. */
  const chunks: Array<[Buffer, Buffer, Buffer, Buffer]> = [];
  for (const [name, arrays] of Object.entries(contents.classifiers)) {
    const step = steps[name];
    if (step === undefined || !(step > 0)) throw new Error(`model file: no quantisation step for "${name}"`);
    const unsigned = (row: number): number => (arrays.keys[row] as number) >>> 0;
    const order = Array.from(arrays.keys.keys()).sort((a, b) => unsigned(a) - unsigned(b));
    const quantised = quantisedWeights(arrays, step);
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
        const q = quantised[e] as number;
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
    const weightBytes = Buffer.from(Int16Array.from(weights).buffer);
    chunks.push([
      lengthPrefixed(Buffer.from(keyBytes)),
      Buffer.from(counts),
      Buffer.from(Uint8Array.from(classes)),
      weightBytes,
    ]);
  }
  const header = Buffer.from(JSON.stringify({ ...contents.header, sections }), "utf8");
  const prefix = Buffer.alloc(MAGIC.length + 4);
  prefix.write(MAGIC, 0, "ascii");
  prefix.writeUInt32LE(header.length, MAGIC.length);
  const parts: Buffer[] = [prefix, header];
  let offset = prefix.length + header.length;
  for (const [keys, counts, classes, weights] of chunks) {
    offset += keys.length + counts.length + classes.length;
    const padding = Buffer.alloc(weightPadding(version, offset));
    offset += padding.length + weights.length;
    parts.push(keys, counts, classes, padding, weights);
  }
  const raw = Buffer.concat(parts);
  return version === 1 ? gzipSync(raw, { level: 9 }) : raw;
}

/** Decodes a model file; throws with what was expected and found when the bytes are not one. */
export function decodeModelFile(bytes: Uint8Array): ModelFileContents {
  const raw = isGzip(bytes) ? gunzipSync(bytes) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (raw.length < MAGIC.length + 4 || raw.toString("ascii", 0, MAGIC.length) !== MAGIC) {
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
  if (parsed.format !== MODEL_FORMAT || !READABLE_MODEL_FORMAT_VERSIONS.includes(parsed.version)) {
    throw new Error(
      `model file: expected ${MODEL_FORMAT} version ${READABLE_MODEL_FORMAT_VERSIONS.join(" or ")}, found ${parsed.format} version ${parsed.version}`,
    );
  }
  const classifiers: Record<string, SparseModelArrays> = {};
  for (const section of parsed.sections) {
    const need = (length: number): void => {
      if (offset + length > raw.length)
        throw new Error(`model file: the "${section.classifier}" section is cut short at byte ${raw.length}`);
    };
    need(4);
    const keyLength = raw.readUInt32LE(offset);
    offset += 4;
    need(keyLength + section.rows + section.entries);
    const keys = decodeKeys(raw.subarray(offset, offset + keyLength), section.rows);
    offset += keyLength;
    const rowStart = new Uint32Array(section.rows + 1);
    for (let row = 0; row < section.rows; row++)
      rowStart[row + 1] = (rowStart[row] as number) + (raw[offset + row] as number);
    offset += section.rows;
    const entryClass = raw.subarray(offset, offset + section.entries);
    offset += section.entries;
    offset += weightPadding(parsed.version, offset);
    need(2 * section.entries);
    classifiers[section.classifier] = withLazyWeights({
      classCount: section.classCount,
      keys,
      rowStart,
      entryClass,
      entryQuantised: int16View(raw, offset, section.entries),
      step: section.step,
    });
    offset += 2 * section.entries;
  }
  const { sections: _sections, ...header } = parsed;
  return { header, classifiers };
}

/** The 16-bit integers at `offset`: read in place when aligned (version 2 files), else copied to aligned memory. */
function int16View(raw: Buffer, offset: number, count: number): Int16Array {
  if ((raw.byteOffset + offset) % 2 === 0) return new Int16Array(raw.buffer, raw.byteOffset + offset, count);
  const copy = new Int16Array(count);
  new Uint8Array(copy.buffer).set(raw.subarray(offset, offset + 2 * count));
  return copy;
}

/** Sorted keys from their delta varints (7 bits a byte, low first), as the signed 32-bit keys tables use. */
function decodeKeys(bytes: Uint8Array, rows: number): Int32Array {
  const keys = new Int32Array(rows);
  let cursor = 0;
  let previous = 0;
  for (let row = 0; row < rows; row++) {
    let byte = bytes[cursor++] as number;
    let value = byte & 0x7f;
    let scale = 0x80;
    while (byte >= 0x80) {
      byte = bytes[cursor++] as number;
      value += (byte & 0x7f) * scale;
      scale *= 0x80;
    }
    previous += value;
    keys[row] = previous | 0;
  }
  return keys;
}

/** The arrays with entryWeight (quantised × step, as float32) computed on first use: the scorers do not need it. */
function withLazyWeights(
  arrays: Omit<SparseModelArrays, "entryWeight"> & { entryQuantised: Int16Array; step: number },
): SparseModelArrays {
  let weights: Float32Array | null = null;
  return {
    ...arrays,
    get entryWeight(): Float32Array {
      if (!weights) {
        const { entryQuantised, step } = arrays;
        weights = new Float32Array(entryQuantised.length);
        for (let e = 0; e < entryQuantised.length; e++) weights[e] = (entryQuantised[e] as number) * step;
      }
      return weights;
    },
  };
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
