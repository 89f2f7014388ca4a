// Loads wink-nlp with the wink-eng-lite-web-model exactly once per process; the only place the model is read.
// Behaviour (tokens, POS tags, sentence breaks) is pinned to wink-eng-lite-web-model 1.8.1.

import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** The wink-nlp instance type, as returned by `winkNLP(model)`. */
export type WinkNlp = ReturnType<typeof winkNLP>;

/** The model version the extractor's expectations are pinned to. */
export const WINK_MODEL_VERSION = "1.8.1";

let shared: WinkNlp | null = null;

/**
 * The process-wide wink-nlp instance (the model takes ~100 ms to load, so it is loaded once and shared).
 * @example const nlp = loadWinkNlp(); nlp.readDoc("NATO warns Russia");
 */
export function loadWinkNlp(): WinkNlp {
  shared ??= winkNLP(model);
  return shared;
}
