// Options of createExtractor, the sigma way: an interface, its defaults, and a resolver that validates.

import { InvalidInputError } from "../../graph-schema/index.ts";
import type { GazetteerEntry } from "../gazetteer/gazetteer.ts";
import type { WinkReader } from "../nlp/create-wink-reader.ts";
import type { PeopleLexicon } from "./lexicon/people-lexicon.ts";

export interface ExtractorOptions {
  /** Map capitals and seats of power to their country (Moscow/Kremlin → Russia). */
  metonymy: boolean;
  /** Gazetteer key → country key used when `metonymy` is on. */
  metonyms: Readonly<Record<string, string>>;
  /** Extra gazetteer entries (they win over built-in ones with the same key). */
  gazetteer: readonly GazetteerEntry[];
  /**
   * The wink reader to use; null shares the process-wide one (loadWinkReader). A plain winkNLP instance works too,
   * but it learns tokens across documents, so an article's output may then depend on what was read before it.
   */
  nlp: WinkReader | null;
  /** Drop statements below this confidence. */
  minConfidence: number;
  /**
   * The people whose bare surnames name them and whose affiliations the graph takes by publication day; null shares
   * the process-wide lexicon of the Phoenix actor dictionaries (loadPeopleLexicon).
   */
  people: PeopleLexicon | null;
}

export const DEFAULT_METONYMS: Readonly<Record<string, string>> = {
  moscow: "russia",
  kremlin: "russia",
  washington: "united-states",
  "white-house": "united-states",
  kyiv: "ukraine",
  kiev: "ukraine",
  minsk: "belarus",
  beijing: "china",
};

export const DEFAULT_EXTRACTOR_OPTIONS: ExtractorOptions = {
  metonymy: true,
  metonyms: DEFAULT_METONYMS,
  gazetteer: [],
  nlp: null,
  minConfidence: 0,
  people: null,
};

/** Fills defaults and validates; throws InvalidInputError naming the bad option. */
export function resolveExtractorOptions(partial: Partial<ExtractorOptions> = {}): ExtractorOptions {
  const options = { ...DEFAULT_EXTRACTOR_OPTIONS, ...partial };
  if (typeof options.metonymy !== "boolean") {
    throw new InvalidInputError(`ingest/extract: option metonymy must be a boolean, found ${String(options.metonymy)}`);
  }
  if (!(options.minConfidence >= 0 && options.minConfidence <= 1)) {
    throw new InvalidInputError(
      `ingest/extract: option minConfidence must be within 0..1, found ${String(options.minConfidence)}`,
    );
  }
  for (const entry of options.gazetteer) {
    if (!entry.key || !entry.name) {
      throw new InvalidInputError(
        `ingest/extract: gazetteer entries need a key and a name, found ${JSON.stringify(entry)}`,
      );
    }
  }
  return options;
}
