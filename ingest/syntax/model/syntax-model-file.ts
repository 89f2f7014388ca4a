// Reads and writes a whole syntax model (tagger, parser, vocabularies, lexicon and provenance) as one model file.

import type { SyntaxModelParts } from "../syntax-model.ts";
import { decodeModelFile, encodeModelFile, MODEL_FORMAT, MODEL_FORMAT_VERSION } from "./model-file.ts";

/** The parts of a model and the provenance its header carries (sources, command, seed, scores). */
export interface SyntaxModelFile {
  parts: SyntaxModelParts;
  meta: Record<string, unknown>;
}

/** Serialises a trained model; `steps` are the classifiers' quantisation steps. */
export function writeSyntaxModel(
  parts: SyntaxModelParts,
  steps: Record<"tagger" | "transitions" | "labeller", number>,
  meta: Record<string, unknown>,
): Buffer {
  const byWord = <T>(a: [string, T], b: [string, T]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const lexicon = [...parts.lexicon].sort(byWord);
  const fixedTags = [...parts.fixedTags].sort(byWord);
  return encodeModelFile(
    {
      header: {
        format: MODEL_FORMAT,
        version: MODEL_FORMAT_VERSION,
        tags: parts.tags,
        labels: parts.labels,
        lexicon,
        fixedTags,
        meta,
      },
      classifiers: { tagger: parts.tagger, transitions: parts.transitions, labeller: parts.labeller },
    },
    steps,
  );
}

/** Reads a model file's parts and provenance. */
export function readSyntaxModel(bytes: Uint8Array): SyntaxModelFile {
  const { header, classifiers } = decodeModelFile(bytes);
  const { tagger, transitions, labeller } = classifiers;
  if (!tagger || !transitions || !labeller) {
    throw new Error(
      `model file: expected the classifiers tagger, transitions and labeller, found ${Object.keys(classifiers).join(", ")}`,
    );
  }
  return {
    parts: {
      tags: header.tags,
      labels: header.labels,
      lexicon: new Map(header.lexicon),
      fixedTags: new Map(header.fixedTags ?? []),
      tagger,
      transitions,
      labeller,
    },
    meta: header.meta,
  };
}
