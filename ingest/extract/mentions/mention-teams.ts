// Sports copy: results and standings lines ("Leeds 2 Everton 1"), where clubs are organisations and national sides
// their country, and score lists, scorecards and bowling figures, where names are players.

import type { ActorType } from "../../../graph-schema/index.ts";
import type { Sentence, Token } from "../../nlp/analyze-text.ts";
import {
  gazetteerAt,
  loneNonName,
  makeMention,
  perSentence,
  type Mention,
  type MentionContext,
} from "./mention-parts.ts";

/** A score or figure token: "2", ".545", "236-4", "1/2", "21.4"; never a date or a clock time ("14:05"). */
export const isFigure = (token: Token | undefined): boolean =>
  token !== undefined &&
  FIGURE_START.test(token.text.charAt(0)) &&
  !token.inDate &&
  /^[\d.,:/-]*\d[\d.,:/-]*$/.test(token.text) &&
  !ISO_DATE.test(token.text) &&
  !CLOCK_TIME.test(token.text);

/** A figure opens with a digit, a point or a minus sign; checked first because it is cheap. */
const FIGURE_START = /[\d.-]/;
/** The minute of a goal in a results line: "27th", "90th". */
const GOAL_MINUTE = /^\d{1,3}(st|nd|rd|th)$/;
const ISO_DATE = /^\d{4}-\d\d-\d\d$/;
const CLOCK_TIME = /^\d{1,2}:\d\d$/;

/**
 * A results or standings line ("Leeds 2 Everton 1", "BOSTON 60 50 .545"): only capitalised words, figures, goal
 * minutes and punctuation, with at least one figure. Names followed by a figure there are teams.
 */
export const isTableLine = perSentence((context: MentionContext, sentence: Sentence): boolean => {
  const { tokens } = context.analyzed;
  let figures = 0;
  let table = true;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd && table; k++) {
    const token = tokens[k] as Token;
    if (isFigure(token)) figures++;
    else if (token.pos !== "PUNCT" && token.pos !== "SPACE" && !token.capitalised && !GOAL_MINUTE.test(token.text))
      table = false;
  }
  return table && figures > 0;
});

/** Words between the two sides of a fixture: "Leeds v Arsenal", "BOSTON AT NEW YORK". */
const VERSUS = new Set(["v", "v.", "vs", "vs.", "AT"]);
/** Longest side of a fixture line, in tokens. */
const MAX_SIDE_TOKENS = 3;

/** The capitalised run from i (at most `limit` tokens), ending at the first figure or other word. */
function capitalisedRun(tokens: readonly Token[], sentence: Sentence, i: number, limit: number): number {
  let j = i;
  while (
    j < sentence.tokenEnd &&
    j - i < limit &&
    (tokens[j] as Token).capitalised &&
    !VERSUS.has((tokens[j] as Token).text)
  )
    j++;
  return j;
}

/**
 * The versus word of a fixture line ("Leeds v Arsenal", "CINCINNATI AT ATLANTA ( doubleheader )"), or -1: one to
 * three capitalised words on each side, then the end of the line or a bracket.
 */
const fixtureVersus = (context: MentionContext, sentence: Sentence): number => {
  const { tokens } = context.analyzed;
  const versus = capitalisedRun(tokens, sentence, sentence.tokenStart, MAX_SIDE_TOKENS);
  if (versus === sentence.tokenStart || !VERSUS.has(tokens[versus]?.text ?? "")) return -1;
  const end = capitalisedRun(tokens, sentence, versus + 1, MAX_SIDE_TOKENS);
  const closes = end >= sentence.tokenEnd || tokens[end]?.text === "(" || tokens[end]?.pos === "PUNCT";
  return end > versus + 1 && closes ? versus : -1;
};

/** Token i opens a team name: followed by a figure in a table line, or a side of a fixture line. */
function teamEndAt(context: MentionContext, sentence: Sentence, i: number): number {
  const { tokens } = context.analyzed;
  if (i === sentence.tokenStart || VERSUS.has(tokens[i - 1]?.text ?? "")) {
    const versus = fixtureVersus(context, sentence);
    if (versus >= 0 && i === sentence.tokenStart) return versus;
    if (versus >= 0 && i === versus + 1) return capitalisedRun(tokens, sentence, i, MAX_SIDE_TOKENS);
  }
  let j = i;
  while (j < sentence.tokenEnd && j - i < 5 && (tokens[j] as Token).capitalised && !isFigure(tokens[j])) j++;
  // "M. Lathwell 85": an initial opens a player's name, not a team's. The line test comes last (it reads the line).
  if (j === i || !isFigure(tokens[j]) || /^\p{Lu}\.$/u.test((tokens[i] as Token).text)) return 0;
  if (!isTableLine(context, sentence)) return 0;
  return playerEntry(tokens, sentence, i, j) ? 0 : j;
}

/**
 * A player's entry in a list of scores: preceded by a comma, bracket or rank ("281 John Cook 70 69"), followed by
 * scores and a comma ("Els 68 70 ,"), or with bowling figures ("9.4-1-45-3").
 */
function playerEntry(tokens: readonly Token[], sentence: Sentence, nameStart: number, figureStart: number): boolean {
  const before = tokens[nameStart - 1];
  if (nameStart > sentence.tokenStart && (before?.text === "," || before?.text === "(")) return true;
  if (nameStart === sentence.tokenStart + 1 && isFigure(before)) return true;
  let k = figureStart;
  while (k < sentence.tokenEnd && isFigure(tokens[k])) {
    if (BOWLING_FIGURES.test((tokens[k] as Token).text)) return true;
    k++;
  }
  return tokens[k]?.text === "," && k < sentence.tokenEnd;
}

const BOWLING_FIGURES = /^\d+(\.\d)?-\d+-\d+-\d+$/;
/** Scorecard marks around a cricketer's name: caught, bowled, leg before wicket, stumped. */
const SCORECARD_MARKS = new Set(["c", "b", "lbw", "st"]);

/** The name at from..to is a player's: an entry of a list of scores, bowling figures, a scorecard or a scorer. */
export function playerAt(context: MentionContext, sentence: Sentence, from: number, to: number): boolean {
  const { tokens } = context.analyzed;
  const after = tokens[to];
  if (SCORECARD_MARKS.has(tokens[from - 1]?.text ?? "") || SCORECARD_MARKS.has(after?.text ?? "")) return true;
  // "( Sanchez 27th , Taument 44th )": a scorer and the minute of the goal.
  if (GOAL_MINUTE.test(after?.text ?? "") && /^[(,]$/.test(tokens[from - 1]?.text ?? "")) return true;
  if (!isFigure(after) || to >= sentence.tokenEnd) return false;
  return (
    BOWLING_FIGURES.test((after as Token).text) ||
    (isTableLine(context, sentence) && playerEntry(tokens, sentence, from, to))
  );
}

/**
 * The capitalised word before `end` is a team's plural nickname ("Cubs", "Giants"), in running text: the next word
 * is lower case, so a headline in title case ("Kyiv Says…") is not taken for a team.
 */
export function nicknameAt(context: MentionContext, sentence: Sentence, end: number): boolean {
  const { tokens } = context.analyzed;
  const last = tokens[end - 1] as Token;
  const next = tokens[end];
  const running = next !== undefined && end < sentence.tokenEnd && !next.capitalised;
  return (
    running &&
    last.pos !== "VERB" &&
    last.pos !== "AUX" &&
    /^\p{Lu}\p{Ll}+s$/u.test(last.text) &&
    !last.text.endsWith("ss")
  );
}

/** Entries that keep their type as a team: national sides are their country ("England 2 Wales 1"). */
const NATIONAL_TYPES: ReadonlySet<ActorType> = new Set(["COUNTRY", "LOCATION"]);

/** A club in a results or standings line ("Leeds 2 Everton 1"): an organisation, unless it is a national side. */
export function teamAt(context: MentionContext, sentence: Sentence, i: number): Mention | null {
  if (!(context.analyzed.tokens[i] as Token).capitalised) return null;
  const end = teamEndAt(context, sentence, i);
  if (end === 0 || (end === i + 1 && loneNonName(context.analyzed.tokens[i] as Token))) return null;
  const known = gazetteerAt(context, i);
  if (known && known.endToken === end && known.match.kind === "name" && NATIONAL_TYPES.has(known.entry.type))
    return null;
  const { tokens, text } = context.analyzed;
  return makeMention(context, sentence, "entity", i, end, {
    name: text.slice((tokens[i] as Token).start, (tokens[end - 1] as Token).end),
    type: "ORGANIZATION",
  });
}
