// Explicit response cues in a statement's sentence: "rejected the allegations", "hit back at … remarks",
// "in response to", "made his remarks after X accused…", "called Western concern hysteria". A cue marks the
// statement as an answer and, when it names what was answered, which earlier statement types qualify.

import type { RelationRecord, RelationType } from "../../graph-schema/index.ts";
import {
  CLAIM_NOUNS,
  CONDEMNING_VERDICTS,
  FALSEHOOD_VERDICTS,
  TRUTH_WORDS,
  verdictType,
} from "../extract/lexicon/claim-nouns.ts";

export interface ResponseCue {
  /** The cue as written in the sentence. */
  text: string;
  /** Types of statement the cue says were answered ("the accusations" → ACCUSE…), or null for any verbal one. */
  answers: RelationType[] | null;
  /**
   * Article offset where the words naming what was answered start ("after …", "in response to …", "Moscow's
   * accusations" after a reply verb): a statement of the same sentence made there is one it may answer.
   */
  clauseStart: number | null;
  /**
   * The cue spells out what was said ("Russia's assertions that it was withdrawing troops"): the answered
   * statement is that claim, which the article reports, so only a statement of the same article qualifies.
   */
  statesContent: boolean;
  /**
   * When the cue states the content: article offsets of the words that state it, from the end of the claim noun
   * to the verdict (or to the end of its clause): "that it is moving troops away from the border". See
   * claim-content.ts.
   */
  content: readonly [number, number] | null;
  /**
   * The cue is a reply act ("rejected the accusations", "called the claims absurd", "accused the US of ignoring
   * Russia's demands"), which may answer a statement another article reported. A connective or an "after" clause
   * ("in response to the invasion", "after Washington warned") dates or motivates its own clause, whose act its
   * article tells: it links within that article only.
   */
  acrossArticles: boolean;
  /**
   * The cue answers a claim it names by a claim noun or a demonstrative ("rejected the accusations", "described the
   * reports as incorrect", "This is not the case"), not an act ("condemned the attack") or a connective: its author
   * may have made the claim about anyone, and the reply's own article tells which (named-answers.ts).
   */
  claimReply: boolean;
}

/** Answered things that are acts rather than words: measures and acts of war. */
const EVENT_NOUNS: ReadonlyArray<readonly [string, readonly RelationType[]]> = [
  ["attack", ["CRITICIZE", "ACCUSE", "ATTACK"]],
  ["sanction", ["SANCTION"]],
  ["measure", ["SANCTION"]],
  ["expulsion", ["SANCTION"]],
  ...[
    "invasion",
    "aggression",
    "strike",
    "shelling",
    "bombing",
    "bombardment",
    "offensive",
    "incursion",
    "assault",
  ].map((noun) => [noun, ["ATTACK", "FIGHT", "MOBILIZE"]] as const),
];

/** What the answered thing is called (singular) → the statement types it can be; null for any verbal one. */
const ANSWERED_NOUNS: ReadonlyMap<string, readonly RelationType[] | null> = new Map([...CLAIM_NOUNS, ...EVENT_NOUNS]);

/** Whether a statement is carried by a claim noun ("Moscow's accusations against NATO"): it reports a claim. */
export const namesClaim = (relation: Pick<RelationRecord, "cue">): boolean =>
  CLAIM_NOUNS.has(relation.cue.trim().toLowerCase().replace(/s$/, ""));

/** A noun's forms in a pattern: "accusations?", "speech(?:es)?". */
const forms = (nouns: Iterable<string>): string =>
  [...nouns].map((noun) => (/(?:s|sh|ch)$/.test(noun) ? `${noun}(?:es)?` : `${noun}s?`)).join("|");

/** Whether `word` is a claim noun in any number ("the reports", "speeches"), not an act's noun ("the attack"). */
function isClaimNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    CLAIM_NOUNS.has(lower) || CLAIM_NOUNS.has(lower.replace(/e?s$/, "")) || CLAIM_NOUNS.has(lower.replace(/s$/, ""))
  );
}

/** The types the answered noun `word` names ("accusations" → ACCUSE…), null for any verbal statement. */
function answeredBy(word: string): RelationType[] | null {
  const lower = word.toLowerCase();
  const types =
    ANSWERED_NOUNS.get(lower) ??
    ANSWERED_NOUNS.get(lower.replace(/e?s$/, "")) ??
    ANSWERED_NOUNS.get(lower.replace(/s$/, ""));
  return types ? [...types] : null;
}

/** Verbs in an "after X <verb>…" clause → the statement types they report. */
const CLAUSE_VERBS: ReadonlyArray<readonly [RegExp, RelationType[] | null]> = [
  [/^(?:accused|accusing|blamed|blaming|claimed|alleged)$/, ["ACCUSE", "CRITICIZE"]],
  [/^(?:warned|warning|threatened|threatening)$/, ["WARN", "THREATEN"]],
  [/^(?:demanded|demanding|urged|urging|called|calling|asked|proposed)$/, ["DEMAND", "APPEAL", "NEGOTIATE"]],
  [/^(?:criticised|criticized|condemned|denounced|slammed|attacked)$/, ["CRITICIZE", "ACCUSE", "ATTACK"]],
  [/^(?:sanctioned|imposed|expelled)$/, ["SANCTION"]],
];

const NOUN_WORDS = forms(CLAIM_NOUNS.keys()) + "|" + forms(["attack", "sanction", "measure", "expulsion"]);

/**
 * Acts of war answered "in response to" or condemned; not cues after "after"/"following", where they only
 * date the sentence ("two months after the invasion").
 */
const MATERIAL_NOUN_WORDS = "invasion|aggression|strikes?|shelling|bombing|bombardment|offensive|incursion|assault";

/**
 * A reply verb followed within six words by what it answers: "dismissed as nonsense the claims"; a verb after "to"
 * is no answered thing ("denies any plan to attack").
 */
const REPLY_VERB_PATTERN = new RegExp(
  String.raw`\b(?:reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|den(?:y|ies|ied|ying)|slam(?:s|med|ming)?|blast(?:s|ed)?|brush(?:es|ed)? (?:off|aside)|(?:hit|hits|fired|fires|shot|shoots|lashed|lashes) back at|push(?:es|ed)? back (?:on|against)|rebuff(?:s|ed)?|refut(?:es|ed)|ridicul(?:es|ed)|mock(?:s|ed)|scoff(?:s|ed) at|laugh(?:s|ed) off|respond(?:s|ed)? to|repl(?:y|ies|ied) to|answer(?:s|ed)|condemn(?:s|ed|ing)?|decr(?:y|ies|ied)|cast(?:s|ing)? doubt (?:on|over)|question(?:s|ed)|disput(?:es|ed)|contest(?:s|ed))\b(?:\W+\w+){0,6}?\W+(?<!\bto\s+)(${NOUN_WORDS}|${MATERIAL_NOUN_WORDS})\b`,
  "i",
);

/** A connective that frames the statement as a reply: "in response to", "responding to". */
const CONNECTIVE_PATTERN =
  /\b(?:in (?:a )?(?:response|reply|reaction|retaliation) (?:to|for)|respond(?:ing|ed) to|repl(?:ying|ied) to|react(?:ing|ed) to|retort(?:ing|ed)|(?:hit|hitting|fired|firing|shot|lashed|lashing) back)\b/i;

/** "after/following X accused…" or "after/following X's accusations". */
const AFTER_PATTERN = new RegExp(
  String.raw`\b(?:(?:a day|days|hours|shortly|soon|just) )?(?:after|following)\b(?:\W+\w+){0,6}?\W+(accused|accusing|blamed|blaming|claimed|alleged|warned|warning|threatened|threatening|demanded|demanding|urged|urging|called|calling|asked|proposed|criticised|criticized|condemned|denounced|slammed|attacked|sanctioned|imposed|expelled|${NOUN_WORDS})\b`,
  "i",
);

const VERDICT_WORDS = [...FALSEHOOD_VERDICTS, ...CONDEMNING_VERDICTS].join("|");

/** "called Western concern hysteria", "branded the claims absurd", "described the reports as incorrect". */
const CHARACTERISATION_PATTERN = new RegExp(
  String.raw`\b(?:call(?:s|ed)?|brand(?:s|ed)?|label(?:s|l?ed)?|term(?:s|ed)|describ(?:es|ed)|dub(?:s|bed)|deem(?:s|ed)|characteri[sz](?:es|ed))\b(?:\W+\w+){0,4}?\W+(${NOUN_WORDS})\b(?:\W+\w+){0,5}?\W+(?:${VERDICT_WORDS})\b`,
  "i",
);

/**
 * A verdict with no verb of reply, as the extractor writes its cue: "This is not the case", "That is absurd"
 * said right after someone else's claim. What was answered is any verbal statement before it.
 */
const VERDICT_CUE =
  /^(?:(?:this|that|it|these|those|such \w+)\s+)?(?:is|are|was|were|'s)?\s*(?:simply |completely |absolutely |totally )?(?:not the case|not true|untrue|false|incorrect|absurd|nonsense|lies|baseless|groundless|fabricated|fake|ridiculous)$/i;

/**
 * The claim a verdict is passed on, in the words before the verdict: "said the accusations were", "Russia's claim
 * that it is moving troops is", "This is not the". The claim is named by a claim noun or "this", "that".
 */
const VERDICT_SUBJECT = new RegExp(
  String.raw`\b(${NOUN_WORDS}|this|that|these|those)\b[^;]*?\b(?:is|are|was|were|'s)\s+(?:[^\s;]+\s+){0,3}?["“]?$`,
  "i",
);

const DEMONSTRATIVE = /^(?:this|that|these|those)$/i;
/** How many characters before a verdict its claim may start. */
const VERDICT_REACH = 240;

/** Whether `word` passes a verdict on a claim: "lies", "false", "hysteria", or a word of truth ("true", "case"). */
const isVerdict = (word: string): boolean => {
  const lower = word.toLowerCase();
  return verdictType(lower) !== null || verdictType(lower.replace(/s$/, "")) !== null || TRUTH_WORDS.has(lower);
};

/**
 * An accusation of brushing off one's demands ("accused the US of ignoring Russia's demands", "blamed Kyiv for
 * rejecting our proposals"): it answers the other side's refusal of them, in any of the ways a demand is refused
 * (a rejection, a criticism, a counter-accusation such as "the issue is Russian aggression, not NATO expansion", a
 * denial: the answers to a demand the exchange table lists, less agreeing and conceding, which meet it), or the
 * demand or appeal they made instead, which the accusation counters.
 */
const DEMAND_NOUNS = [
  ...[...CLAIM_NOUNS].flatMap(([noun, types]) => (types?.includes("DEMAND") ? [noun] : [])),
  "call",
  "concern",
];
const IGNORED_DEMANDS_PATTERN = new RegExp(
  String.raw`^\W*(?:accus|blam|criticis|criticiz|condemn)\w*\b(?:\W+\w+){0,6}?\W+(?:of|for)\s+(?:ignoring|rejecting|dismissing|disregarding|snubbing|brushing (?:off|aside))\b(?:\W+\w+){0,4}?\W+(?:${forms(DEMAND_NOUNS)})\b`,
  "i",
);
const IGNORED_DEMANDS_ANSWER: RelationType[] = ["REJECT", "CRITICIZE", "ACCUSE", "DENY", "DEMAND", "APPEAL"];

/** What follows a named claim when the sentence states its content: "claims that…", "reports of Russia moving…", a quote. */
const CONTENT_CLAUSE = /^\s*(?:that\b|of\s+\w+(?:\s+\w+)?\s+\w+ing\b|[,:]?\s*["“])/i;

/** True when the words after a cue's noun spell out what was said. */
const statesContent = (sentence: string, nounEnd: number): boolean => CONTENT_CLAUSE.test(sentence.slice(nounEnd));

/** Where a stated content ends after a reply verb's noun: at the end of its clause ("; ", " - ", a full stop). */
const CONTENT_END = /[;.!?]|\s[-–—]\s/;

/** Article offsets of the content stated from `nounEnd` (sentence-relative) to `end` or the end of its clause. */
function contentSpan(sentenceStart: number, sentence: string, nounEnd: number, end?: number): [number, number] {
  const stop = end ?? nounEnd + Math.max(0, sentence.slice(nounEnd).search(CONTENT_END));
  const to = stop > nounEnd ? stop : sentence.length;
  return [sentenceStart + nounEnd, sentenceStart + to];
}

function classify(word: string, table: ReadonlyArray<readonly [RegExp, RelationType[] | null]>): RelationType[] | null {
  const lower = word.toLowerCase();
  for (const [pattern, types] of table) if (pattern.test(lower)) return types;
  return null;
}

/** The first word after a connective that names what was answered ("in response to Biden's warning" → WARN). */
function answeredAfter(text: string): RelationType[] | null {
  const match = new RegExp(String.raw`^(?:\W+\w+){0,5}?\W+(${NOUN_WORDS}|${MATERIAL_NOUN_WORDS})\b`, "i").exec(text);
  return match ? answeredBy(match[1] as string) : null;
}

/**
 * The explicit response cue of a statement, or null. Reply verbs are searched from the statement's own verb on
 * (so a rejection elsewhere in the sentence does not mark it); connectives and "after" clauses anywhere in
 * the sentence.
 * @example findResponseCue(relationFor("Moscow slammed the accusations by Washington")) // { text: "slammed the accusations", answers: ["ACCUSE", …], … }
 */
export function findResponseCue(relation: Pick<RelationRecord, "sentence" | "cue" | "offsets">): ResponseCue | null {
  const sentenceStart = relation.offsets.sentence[0];
  const verbStart = Math.max(0, relation.offsets.verb[0] - sentenceStart);
  const fromVerb = relation.sentence.slice(verbStart);
  // The claim is looked for in the words just before the verdict, so a long sentence costs no more than a short one.
  const reach = Math.max(0, verbStart - VERDICT_REACH);
  const verdict = isVerdict(relation.cue.trim())
    ? VERDICT_SUBJECT.exec(relation.sentence.slice(reach, verbStart))
    : null;
  if (verdict) {
    const claim = verdict[1] as string;
    const claimStart = reach + verdict.index;
    const claimEnd = claimStart + claim.length;
    const verbEnd = Math.max(verbStart, relation.offsets.verb[1] - sentenceStart);
    const stated = !DEMONSTRATIVE.test(claim) && statesContent(relation.sentence, claimEnd);
    return {
      text: relation.sentence.slice(claimStart, verbEnd),
      answers: DEMONSTRATIVE.test(claim) ? null : answeredBy(claim),
      clauseStart: sentenceStart + claimStart,
      statesContent: stated,
      content: stated ? contentSpan(sentenceStart, relation.sentence, claimEnd, verbStart) : null,
      acrossArticles: true,
      claimReply: DEMONSTRATIVE.test(claim) || isClaimNoun(claim),
    };
  }
  if (VERDICT_CUE.test(relation.cue.trim())) {
    const text = relation.cue.trim();
    return {
      text,
      answers: null,
      clauseStart: null,
      statesContent: false,
      content: null,
      acrossArticles: true,
      claimReply: true,
    };
  }
  const reply = REPLY_VERB_PATTERN.exec(fromVerb);
  if (reply && reply.index <= 1) {
    const nounStart = verbStart + reply.index + reply[0].length - (reply[1] as string).length;
    const nounEnd = verbStart + reply.index + reply[0].length;
    const stated = statesContent(relation.sentence, nounEnd);
    return {
      text: reply[0],
      answers: answeredBy(reply[1] as string),
      clauseStart: sentenceStart + nounStart,
      statesContent: stated,
      content: stated ? contentSpan(sentenceStart, relation.sentence, nounEnd) : null,
      acrossArticles: true,
      claimReply: isClaimNoun(reply[1] as string),
    };
  }
  const characterised = CHARACTERISATION_PATTERN.exec(fromVerb);
  if (characterised && characterised.index <= 1) {
    const noun = characterised[1] as string;
    const nounStart = verbStart + characterised.index + characterised[0].search(new RegExp(String.raw`\b${noun}\b`));
    return {
      text: characterised[0],
      answers: answeredBy(noun),
      clauseStart: sentenceStart + nounStart,
      statesContent: false,
      content: null,
      acrossArticles: true,
      claimReply: isClaimNoun(noun),
    };
  }
  // A clause naming the statement's own subject ("after Russia's attack, Russia…") is about the subject itself.
  const ownSubject = relation.sentence.slice(
    relation.offsets.subject[0] - sentenceStart,
    relation.offsets.subject[1] - sentenceStart,
  );
  const aboutOthers = (match: RegExpExecArray): boolean => ownSubject === "" || !match[0].includes(ownSubject);
  const connective = CONNECTIVE_PATTERN.exec(relation.sentence);
  if (connective) {
    const rest = relation.sentence.slice(connective.index + connective[0].length);
    const clause = (/^(?:\W+\w+){0,6}/.exec(rest)?.[0] ?? "").split(/[,;:]/)[0] as string;
    if (ownSubject !== "" && clause.includes(ownSubject)) return null;
    const clauseStart = sentenceStart + connective.index;
    // "In response to …" motivates its clause; "responded to", "hit back at" are replies.
    const acrossArticles = !/^in\b/i.test(connective[0]);
    const answers = answeredAfter(rest);
    return {
      text: connective[0],
      answers,
      clauseStart,
      statesContent: false,
      content: null,
      acrossArticles,
      claimReply: false,
    };
  }
  const ignored = IGNORED_DEMANDS_PATTERN.exec(fromVerb);
  if (ignored) {
    const answers = [...IGNORED_DEMANDS_ANSWER];
    const text = ignored[0].trim();
    return {
      text,
      answers,
      clauseStart: null,
      statesContent: false,
      content: null,
      acrossArticles: true,
      claimReply: false,
    };
  }
  const after = AFTER_PATTERN.exec(relation.sentence);
  if (after && aboutOthers(after)) {
    const word = after[1] as string;
    const answers = classify(word, CLAUSE_VERBS) ?? answeredBy(word);
    const clauseStart = sentenceStart + after.index;
    return {
      text: after[0],
      answers,
      clauseStart,
      statesContent: false,
      content: null,
      acrossArticles: false,
      claimReply: false,
    };
  }
  return null;
}
