// Runs wink over an article once and wraps its untyped output into plain tokens and sentences with character
// offsets into the text. Sentences never cross a paragraph break, so a headline is always its own sentence. With a
// syntax model, every sentence is also tagged and parsed (ingest/syntax): each token gets its head and relation.

import type { SyntaxModel } from "../syntax/syntax-model.ts";
import type { WinkReader } from "./create-wink-reader.ts";
import { blankLongRuns } from "./blank-long-runs.ts";
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from "./calendar-words.ts";
import { capSentenceLength } from "./cap-sentence-length.ts";
import { joinDomainNames } from "./domain-names.ts";

/** One wink token with its character range in the analysed text. */
export interface Token {
  /** The token as written. */
  text: string;
  lower: string;
  lemma: string;
  /** Universal POS tag from wink (PROPN, NOUN, VERB, AUX, ADP, PUNCT, SPACE…). */
  pos: string;
  start: number;
  end: number;
  /** Index of the sentence holding the token. */
  sentence: number;
  /** True for date words ("Sunday", "December 7", "last week"), or wink DATE/TIME/DURATION entities on request. */
  inDate: boolean;
  /** Whether the first character is an upper-case letter. */
  capitalised: boolean;
  /** Universal POS tag from the syntax model's tagger (wink's `pos` without one); "SPACE" for whitespace. */
  upos: string;
  /** English treebank tag from the syntax model ("VBN", "NNP"…); "" without one. */
  xpos: string;
  /** Index of the head token in the text's tokens; -1 for a sentence's root word, whitespace, or no syntax model. */
  head: number;
  /** Universal Dependencies relation to the head ("nsubj", "obj:pass"…, "root"); "" without a syntax model. */
  deprel: string;
}

/** A sentence as a half-open token range and a character range. */
export interface Sentence {
  index: number;
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  /** Paragraph number (0 = the headline when the text starts with one). */
  paragraph: number;
}

export interface AnalyzedText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

const DATE_ENTITY_TYPES = new Set(["DATE", "TIME", "DURATION"]);
const UPPER = /^\p{Lu}/u;
const MONTH = 1;
const DAY_WORD = 2;
const PERIOD = 3;
/** Date word → its kind, one lookup per token. */
const DATE_WORDS: ReadonlyMap<string, number> = new Map([
  ...[...MONTH_NAMES, ...MONTH_ABBREVIATIONS].map((word) => [word, MONTH] as const),
  ...[...WEEKDAY_NAMES, "yesterday", "today", "tonight", "tomorrow"].map((word) => [word, DAY_WORD] as const),
  ...["week", "month", "year", "weekend"].map((word) => [word, PERIOD] as const),
]);
const RELATIVE = new Set(["last", "next", "this", "past"]);
const DAY_OR_YEAR = /^(\d{1,2}(st|nd|rd|th)?|(19|20)\d\d)$/;

export interface AnalyzeOptions {
  /**
   * Lemmatiser for (lower-cased token, POS). When given, wink's lemmatiser is not run (it costs a third of
   * readDoc); when absent, tokens carry wink's lemmas.
   */
  lemmatize?: (lower: string, pos: string) => string;
  /** Use wink's entity recogniser for date tokens (slower; the reader's pipe needs "ner") instead of date words. */
  winkDates?: boolean;
  /** Tags and parses every sentence (ingest/syntax/load-syntax-model.ts gives the shipped model). */
  syntax?: SyntaxModel;
}

/** Date words without wink's recogniser: weekdays, months with their day and year, "last week", "yesterday". */
function markDates(values: readonly string[], lowers: readonly string[], inDate: Uint8Array): void {
  for (let i = 0; i < values.length; i++) {
    const lower = lowers[i] as string;
    const kind = DATE_WORDS.get(lower);
    if (kind === undefined) continue;
    if (
      kind === MONTH &&
      (lower !== "may" || DAY_OR_YEAR.test(values[i + 1] ?? "") || DAY_OR_YEAR.test(values[i - 1] ?? ""))
    ) {
      inDate[i] = 1;
      for (const k of [i - 1, i + 1, i + 2]) if (DAY_OR_YEAR.test(values[k] ?? "")) inDate[k] = 1;
    } else if (kind === DAY_WORD) inDate[i] = 1;
    else if (kind === PERIOD && RELATIVE.has(lowers[i - 1] ?? "")) {
      inDate[i] = 1;
      inDate[i - 1] = 1;
    }
  }
}

/** Whether the first character is an upper-case letter (ASCII checked without the Unicode regex). */
function startsUpper(value: string): boolean {
  const code = value.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : UPPER.test(value);
}

/** Tokenises, tags and sentence-splits `text` with wink, returning offsets into `text`. */
export function analyzeText(nlp: WinkReader, text: string, options: AnalyzeOptions = {}): AnalyzedText {
  const its = nlp.its;
  // Runs too long to be words are blanked first (same length): wink's cost on them grows with their square.
  const readable = blankLongRuns(text);
  const doc = nlp.readDoc(readable);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const pos = tokens.out(its.pos) as string[];
  const lemmatize = options.lemmatize;
  const lemmas = lemmatize ? null : (tokens.out(its.lemma as unknown as typeof its.value) as string[]);
  const lowers = values.map((value) => value.toLowerCase());
  const inDate = new Uint8Array(values.length);
  if (options.winkDates) {
    const entities = doc.entities();
    const details = entities.out(its.detail) as unknown as Array<{ type: string }>;
    const entitySpans = entities.out(its.span) as unknown as Array<[number, number]>;
    details.forEach((detail, k) => {
      const span = entitySpans[k];
      if (!span || !DATE_ENTITY_TYPES.has(detail.type)) return;
      for (let i = span[0]; i <= span[1]; i++) inDate[i] = 1;
    });
  } else markDates(values, lowers, inDate);
  const sentenceOf = new Int32Array(values.length);
  const sentenceSpans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  sentenceSpans.forEach(([from, to], index) => {
    for (let i = from; i <= to; i++) sentenceOf[i] = index;
  });
  const out: Token[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? "";
    // wink is lossless: each token is the next occurrence of its value after the previous one.
    const found = readable.indexOf(value, cursor);
    if (found >= 0) cursor = found;
    const lower = lowers[i] as string;
    const tag = pos[i] ?? "X";
    out[i] = {
      text: value,
      lower,
      lemma: lemmatize ? lemmatize(lower, tag) : (lemmas?.[i] ?? lower),
      pos: tag,
      start: cursor,
      end: cursor + value.length,
      sentence: sentenceOf[i] ?? 0,
      inDate: inDate[i] === 1,
      capitalised: startsUpper(value),
      upos: tag,
      xpos: "",
      head: -1,
      deprel: "",
    };
    cursor += value.length;
  }
  const joined = joinDomainNames(out);
  const sentences = capSentenceLength(buildSentences(joined), joined);
  if (options.syntax) for (const sentence of sentences) parseSentence(options.syntax, joined, sentence);
  return { text, tokens: joined, sentences };
}

/** Tags and parses one sentence's words (its tokens other than whitespace) and writes the result into the tokens. */
function parseSentence(syntax: SyntaxModel, tokens: Token[], sentence: Sentence): void {
  const words: number[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) if ((tokens[i] as Token).pos !== "SPACE") words.push(i);
  const analysis = syntax.analyse(words.map((i) => (tokens[i] as Token).text));
  words.forEach((tokenIndex, w) => {
    const token = tokens[tokenIndex] as Token;
    const head = analysis.heads[w] as number;
    token.upos = analysis.upos[w] as string;
    token.xpos = analysis.xpos[w] as string;
    token.head = head < 0 ? -1 : (words[head] as number);
    token.deprel = analysis.labels[w] as string;
  });
}

/** Groups tokens into sentences, splitting again at paragraph breaks and dropping whitespace-only sentences. */
function buildSentences(tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let open = -1;
  const close = (end: number): void => {
    if (open < 0) return;
    let last = end - 1;
    while (last >= open && tokens[last]?.pos === "SPACE") last--;
    const first = tokens[open];
    const final = tokens[last];
    if (first && final && last >= open) {
      const index = sentences.length;
      sentences.push({ index, tokenStart: open, tokenEnd: last + 1, start: first.start, end: final.end, paragraph });
    }
    open = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const previous = tokens[i - 1];
    if (token.pos === "SPACE") {
      if (token.text.includes("\n\n") || (token.text.includes("\n") && previous?.text.includes("\n"))) {
        close(i);
        paragraph++;
      } else if (token.text.includes("\n")) {
        close(i);
      }
      continue;
    }
    if (open >= 0 && previous && previous.sentence !== token.sentence) close(i);
    if (open < 0) open = i;
  }
  close(tokens.length);
  for (const sentence of sentences) {
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) (tokens[i] as Token).sentence = sentence.index;
  }
  return sentences;
}
