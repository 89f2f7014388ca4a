// The speaker of a sentence's reported speech: the subject of a speech verb, the actor after an inverted one
// ("…, said Biden"; "… - said the US president Joe Biden"), or the actor after "according to".

import type { Token } from "../nlp/analyze-text.ts";
import { findSubject, type SentenceView } from "./clause-arguments.ts";
import type { Mention } from "./find-mentions.ts";
import { SPEECH_VERBS } from "./relation-lexicon.ts";

/** Marks before a speech verb that put its speaker after it ("…," said Biden; "… - said Biden"). */
const INVERSION_MARKS = new Set([",", "-", "–", "—", "”", '"', "’"]);
/** How far after an inverted speech verb its speaker may stand ("said the President of the United States Joe Biden"). */
const SPEAKER_AFTER_REACH_TOKENS = 8;

/** The speaker of a sentence's reported speech: subject of a speech verb, "said X", or "according to X". */
export function sentenceSpeaker(view: SentenceView): Mention | null {
  const { tokens, sentence } = view;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const token = tokens[k] as Token;
    if (token.lower === "according" && tokens[k + 1]?.lower === "to") {
      const index = view.startingAt.get(k + 2) ?? view.startingAt.get(k + 3);
      if (index !== undefined && (view.mentions[index] as Mention).actor >= 0) return view.mentions[index] as Mention;
    }
    if (!SPEECH_VERBS.has(token.lemma) || token.pos !== "VERB") continue;
    // "…, their goal is Kiev - said the US president Joe Biden": after a dash, comma or quote the speaker follows.
    const inverted = INVERSION_MARKS.has(tokens[k - 1]?.text ?? "");
    const subject = inverted ? null : findSubject(view, k);
    const mention = subject?.mentions[subject.mentions.length - 1];
    if (mention) return mention;
    if (token.lemma === "tell") continue;
    // The person is the speaker of "said the President of the United States Joe Biden"; else the first actor named.
    let first: Mention | null = null;
    for (let a = k + 1; a < Math.min(view.sentence.tokenEnd, k + 1 + SPEAKER_AFTER_REACH_TOKENS); a++) {
      const after = view.startingAt.get(a);
      const candidate = after === undefined ? undefined : (view.mentions[after] as Mention);
      if (!candidate || candidate.actor < 0 || candidate.kind === "demonym") continue;
      if (candidate.kind === "person") return candidate;
      first ??= candidate;
    }
    if (first) return first;
  }
  return null;
}
