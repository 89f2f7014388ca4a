// A wink-nlp reader for extraction: only the stages the extractor reads (sentence breaks, POS tags), and the same
// tokens for a text whatever was read before it. Plain wink learns each out-of-vocabulary token it sees and its
// tokenizer then keeps a learned string whole ("Ukraine’s" after "Ukraine’s."), so output drifted with input order.

import winkNLP from "wink-nlp";
import { NewsgraphError } from "../../graph-schema/index.ts";
import model from "wink-eng-lite-web-model";
import type { WinkNlp } from "./load-wink-nlp.ts";

/**
 * What analyzeText needs from wink: reading a document and the `its` helpers. A plain winkNLP instance is one;
 * newsgraph's reader can also say whether a lower-case word is one of the model's own English words.
 */
export type WinkReader = Pick<WinkNlp, "readDoc" | "its"> & {
  /** Whether wink's model knows the lower-case word as an English word ("division", "pine"; not "kelly", "putin"). */
  knowsWord?: (lower: string) => boolean;
};

/** The wink stages the extractor reads; named entities, negation, sentiment and custom entities are skipped. */
export const READER_PIPE = ["sbd", "pos"] as const;

/**
 * Learned lexemes after which the wink instance is rebuilt (~100 bytes each): wink never frees a lexeme (forgetting
 * only hides it), so a long run would otherwise grow without bound.
 */
export const MAX_LEARNED_LEXEMES = 1_000_000;

/**
 * Learned strings that wink's tokenizer turns into one word token with the same features in every context, so
 * remembering them cannot change a later document (wink's word class: Latin-1 letters). Currency codes are the
 * exception: its recursive tokenizer tags "USD" inside a longer string as a currency, elsewhere as a word.
 * Keeping these (94% of the learned lexemes on news) spares re-learning them for every document.
 */
const PLAIN_WORD = /^[a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]+$/i;
const CURRENCY_CODES: ReadonlySet<string> = new Set(["USD", "AUD", "INR", "GBP"]);

/** The lexeme table of wink's core model (untyped in wink's declarations). */
interface LexemeTable {
  hash: Record<string, number>;
  list: string[];
  intrinsicSize: number;
}

interface CoreModel {
  features: { lexeme: LexemeTable };
}

let customEntityModel: unknown = null;

/**
 * One wink instance with a handle on its lexeme table (reached by wrapping the model's core loader). The custom
 * entity model is loaded once: the model's loader re-stringifies its own JSON on every call, so each further
 * instance would make it longer until JSON.stringify fails.
 */
function loadInstance(): { nlp: WinkNlp; lexemes: LexemeTable } {
  let core: CoreModel | null = null;
  const loadCore = model.core as unknown as () => CoreModel;
  const loadCustomEntityModel = model.metaCER as unknown as () => unknown;
  const wrapped = {
    ...model,
    core: () => {
      core = loadCore();
      return core;
    },
    metaCER: () => (customEntityModel ??= loadCustomEntityModel()),
  } as unknown as typeof model;
  const nlp = winkNLP(wrapped, [...READER_PIPE]);
  const lexemes = (core as CoreModel | null)?.features.lexeme;
  if (!lexemes || !Array.isArray(lexemes.list) || typeof lexemes.intrinsicSize !== "number") {
    throw new NewsgraphError(
      "INTERNAL",
      "ingest/nlp: expected wink-eng-lite-web-model's core model to carry a lexeme table (hash, list, intrinsicSize), found none",
      { hint: "install wink-eng-lite-web-model 1.8.1, the version the reader is pinned to" },
    );
  }
  return { nlp, lexemes };
}

/**
 * Creates a reader whose every document is tokenised as by a freshly loaded wink: before each read, the lexemes
 * learned by earlier reads that could change tokenisation are removed from wink's lookup table (their slots stay,
 * so an earlier document's tokens stay readable; take what you need from a document before the next read, as
 * wink's lazy lemmas look words up again). Loading costs ~600 ms; share one reader (see loadWinkReader).
 * @param maxLearnedLexemes rebuild the wink instance once it holds more learned lexemes than this
 * @example const reader = createWinkReader(); analyzeText(reader, "Ukraine’s army advanced.");
 */
export function createWinkReader(maxLearnedLexemes = MAX_LEARNED_LEXEMES): WinkReader {
  let instance = loadInstance();
  let learnedFrom = instance.lexemes.list.length;
  const forgetLearned = (): void => {
    const { hash, list, intrinsicSize } = instance.lexemes;
    if (list.length - intrinsicSize > maxLearnedLexemes) {
      instance = loadInstance();
      learnedFrom = instance.lexemes.list.length;
      return;
    }
    for (let index = learnedFrom; index < list.length; index++) {
      const lexeme = list[index] as string;
      if (hash[lexeme] === index && (!PLAIN_WORD.test(lexeme) || CURRENCY_CODES.has(lexeme))) delete hash[lexeme];
    }
    learnedFrom = list.length;
  };
  return {
    get its() {
      return instance.nlp.its;
    },
    readDoc(text) {
      forgetLearned();
      return instance.nlp.readDoc(text);
    },
    knowsWord(lower) {
      // The model's own lexemes come first in its table; words learned from documents follow them.
      const index = instance.lexemes.hash[lower];
      return index !== undefined && index < instance.lexemes.intrinsicSize;
    },
  };
}

let shared: WinkReader | null = null;

/** The process-wide extraction reader (created on first use). */
export function loadWinkReader(): WinkReader {
  shared ??= createWinkReader();
  return shared;
}
