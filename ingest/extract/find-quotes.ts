// Finds quoted passages and who said them: `"…," Lukashenko said`, `"…," said the chairman`, `X told reporters: "…"`,
// and a quote that continues the previous paragraph's speaker.

import type { AnalyzedText, Token } from "../nlp/analyze-text.ts";
import { coordinatedLeft, findSubject, type SentenceView } from "./clause-arguments.ts";
import type { Mention } from "./find-mentions.ts";
import { QUOTE_VERBS } from "./relation-lexicon.ts";

export interface Quote {
  start: number;
  end: number;
  /** The speaker's mention, when found. */
  speaker: Mention | null;
  /** All speakers when several speak together ("Biden and Scholz agreed"); starts with `speaker`. */
  speakers: Mention[];
}

const QUOTE_OR_BREAK = /\n|[“”"«»]/g;
const OPENERS = new Set(["“", '"', "«"]);
const CLOSERS = new Set(["”", '"', "»"]);
/** How many tokens (outside mentions) after a closing quote the speech verb may be. */
const SPEECH_REACH_TOKENS = 6;

/**
 * Quote spans of the text (paired per paragraph) with their speakers. Linear in the text: each quote finds its
 * sentence and its first token by binary search, and a sentence's speech verb before its quotes is looked for
 * once per sentence, not once per quote (a paragraph of 200,000 quote marks is 100,000 quotes).
 */
export function findQuotes(analyzed: AnalyzedText, views: readonly SentenceView[]): Quote[] {
  const { text } = analyzed;
  const speakersBefore = new Map<SentenceView, SpeakerBefore | null>();
  const quotes: Quote[] = [];
  let open = -1;
  QUOTE_OR_BREAK.lastIndex = 0;
  for (let found = QUOTE_OR_BREAK.exec(text); found; found = QUOTE_OR_BREAK.exec(text)) {
    const i = found.index;
    const char = found[0];
    if (char === "\n" && text.charAt(i + 1) === "\n") {
      if (open >= 0) quotes.push({ start: open, end: i, speaker: null, speakers: [] });
      open = -1;
    } else if (open < 0 && OPENERS.has(char)) open = i;
    else if (open >= 0 && CLOSERS.has(char)) {
      quotes.push({ start: open, end: i + 1, speaker: null, speakers: [] });
      open = -1;
    }
  }
  if (open >= 0) quotes.push({ start: open, end: text.length, speaker: null, speakers: [] });
  let previous: Quote | null = null;
  for (const quote of quotes) {
    quote.speakers =
      speakerAfter(analyzed, views, quote.end) ?? speakerBefore(analyzed, views, quote.start, speakersBefore) ?? [];
    if (quote.speakers.length === 0 && previous?.speaker && paragraphStarts(text, quote.start))
      quote.speakers = previous.speakers;
    quote.speaker = quote.speakers[0] ?? null;
    previous = quote;
  }
  return quotes;
}

const paragraphStarts = (text: string, at: number): boolean =>
  at === 0 || text.slice(Math.max(0, at - 2), at) === "\n\n";

/** The first sentence (in text order) that holds `offset` or ends right before it; views are in text order. */
function viewAt(views: readonly SentenceView[], offset: number): SentenceView | undefined {
  let low = 0;
  let high = views.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((views[middle] as SentenceView).sentence.end + 1 < offset) low = middle + 1;
    else high = middle;
  }
  const view = views[low];
  return view && view.sentence.start <= offset ? view : undefined;
}

/** The first token of `view`'s sentence that ends after `offset` (the sentence's end when none does). */
function firstTokenEndingAfter(tokens: readonly Token[], view: SentenceView, offset: number): number {
  let low = view.sentence.tokenStart;
  let high = view.sentence.tokenEnd;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((tokens[middle] as Token).end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function speakerAfter(analyzed: AnalyzedText, views: readonly SentenceView[], end: number): Mention[] | null {
  const view = viewAt(views, end - 1);
  if (!view) return null;
  const tokens = analyzed.tokens;
  const first = firstTokenEndingAfter(tokens, view, end);
  let budget = SPEECH_REACH_TOKENS;
  for (let k = first; k < view.sentence.tokenEnd && budget > 0; k++) {
    const token = tokens[k] as Token;
    const starting = view.startingAt.get(k);
    if (starting !== undefined) {
      k = (view.mentions[starting] as Mention).tokenEnd - 1;
      continue;
    }
    budget--;
    if (!QUOTE_VERBS.has(token.lemma) || token.pos === "NOUN") continue;
    const before = view.endingAt.get(k - 1);
    if (before !== undefined && (view.mentions[before] as Mention).tokenStart >= first)
      return linked(coordinatedLeft(view, before));
    let m = k + 1;
    while (m < view.sentence.tokenEnd && !view.startingAt.has(m) && m <= k + 2) m++;
    const after = view.startingAt.get(m);
    return after === undefined ? null : linked([view.mentions[after] as Mention]);
  }
  return null;
}

/** A sentence's first speech verb that has a subject ("X told reporters: …"), and that subject. */
interface SpeakerBefore {
  verbEnd: number;
  mentions: Mention[];
}

/**
 * The speaker of a quote starting at `start` from a speech verb before it in its sentence: the sentence's first
 * speech verb with a subject, when that verb ends before the quote (a later one never comes first). Found once
 * per sentence and kept in `cache`.
 */
function speakerBefore(
  analyzed: AnalyzedText,
  views: readonly SentenceView[],
  start: number,
  cache: Map<SentenceView, SpeakerBefore | null>,
): Mention[] | null {
  const view = viewAt(views, start);
  if (!view) return null;
  if (!cache.has(view)) cache.set(view, firstSpeechVerbWithSubject(analyzed.tokens, view));
  const found = cache.get(view);
  return found && found.verbEnd <= start ? linked(found.mentions) : null;
}

function firstSpeechVerbWithSubject(tokens: readonly Token[], view: SentenceView): SpeakerBefore | null {
  for (let k = view.sentence.tokenStart; k < view.sentence.tokenEnd; k++) {
    const token = tokens[k] as Token;
    if (!QUOTE_VERBS.has(token.lemma) || token.pos === "NOUN") continue;
    const subject = findSubject(view, k);
    if (subject) return { verbEnd: token.end, mentions: subject.mentions };
  }
  return null;
}

function linked(mentions: Mention[]): Mention[] | null {
  const found = mentions.filter((mention) => mention.actor >= 0);
  return found.length > 0 ? found : null;
}
