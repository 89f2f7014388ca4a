// Finds quoted passages and who said them: `"…," Lukashenko said`, `"…," said the chairman`, `X told reporters: "…"`,
// and a quote that continues the previous paragraph's speaker.

import type { AnalyzedText, Token } from "../nlp/analyze-text.ts";
import { findSubject, type SentenceView } from "./clause-arguments.ts";
import type { Mention } from "./find-mentions.ts";
import { SPEECH_VERBS } from "./relation-lexicon.ts";

export interface Quote {
  start: number;
  end: number;
  /** The speaker's mention, when found. */
  speaker: Mention | null;
}

const OPENERS = new Set(["“", '"', "«"]);
const CLOSERS = new Set(["”", '"', "»"]);
/** How many tokens after a closing quote the speech verb may be. */
const SPEECH_REACH_TOKENS = 6;

/** Quote spans of the text (paired per paragraph) with their speakers. */
export function findQuotes(analyzed: AnalyzedText, views: readonly SentenceView[]): Quote[] {
  const { text } = analyzed;
  const quotes: Quote[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === "\n" && text.charAt(i + 1) === "\n") {
      if (open >= 0) quotes.push({ start: open, end: i, speaker: null });
      open = -1;
    } else if (open < 0 && OPENERS.has(char)) open = i;
    else if (open >= 0 && CLOSERS.has(char)) {
      quotes.push({ start: open, end: i + 1, speaker: null });
      open = -1;
    }
  }
  if (open >= 0) quotes.push({ start: open, end: text.length, speaker: null });
  let previous: Quote | null = null;
  for (const quote of quotes) {
    quote.speaker = speakerAfter(analyzed, views, quote.end) ?? speakerBefore(analyzed, views, quote.start);
    if (!quote.speaker && previous?.speaker && paragraphStarts(text, quote.start)) quote.speaker = previous.speaker;
    previous = quote;
  }
  return quotes;
}

const paragraphStarts = (text: string, at: number): boolean => at === 0 || text.slice(Math.max(0, at - 2), at) === "\n\n";

function viewAt(views: readonly SentenceView[], offset: number): SentenceView | undefined {
  return views.find((view) => view.sentence.start <= offset && offset <= view.sentence.end + 1);
}

function speakerAfter(analyzed: AnalyzedText, views: readonly SentenceView[], end: number): Mention | null {
  const view = viewAt(views, end - 1);
  if (!view) return null;
  const tokens = analyzed.tokens;
  let first = view.sentence.tokenStart;
  while (first < view.sentence.tokenEnd && (tokens[first] as Token).end <= end) first++;
  for (let k = first; k < Math.min(view.sentence.tokenEnd, first + SPEECH_REACH_TOKENS); k++) {
    const token = tokens[k] as Token;
    if (!SPEECH_VERBS.has(token.lemma) || token.pos === "NOUN") continue;
    const before = view.endingAt.get(k - 1);
    if (before !== undefined && (view.mentions[before] as Mention).tokenStart >= first) return linked(view.mentions[before] as Mention);
    let m = k + 1;
    while (m < view.sentence.tokenEnd && !view.startingAt.has(m) && m <= k + 2) m++;
    const after = view.startingAt.get(m);
    return after === undefined ? null : linked(view.mentions[after] as Mention);
  }
  return null;
}

function speakerBefore(analyzed: AnalyzedText, views: readonly SentenceView[], start: number): Mention | null {
  const view = viewAt(views, start);
  if (!view) return null;
  const tokens = analyzed.tokens;
  for (let k = view.sentence.tokenStart; k < view.sentence.tokenEnd && (tokens[k] as Token).end <= start; k++) {
    const token = tokens[k] as Token;
    if (!SPEECH_VERBS.has(token.lemma) || token.pos === "NOUN") continue;
    const subject = findSubject(view, k);
    const mention = subject?.mentions[subject.mentions.length - 1];
    if (mention) return linked(mention);
  }
  return null;
}

const linked = (mention: Mention): Mention | null => (mention.actor >= 0 ? mention : null);
