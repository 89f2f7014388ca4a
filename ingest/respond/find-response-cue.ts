// Explicit response cues in a statement's sentence: "rejected the allegations", "hit back at … remarks",
// "in response to", "made his remarks after X accused…", "called Western concern hysteria". A cue marks the
// statement as an answer and, when it names what was answered, which earlier statement types qualify.

import type { RelationRecord, RelationType } from "../../graph-schema/index.ts";

export interface ResponseCue {
  /** The cue as written in the sentence. */
  text: string;
  /** Types of statement the cue says were answered ("the accusations" → ACCUSE…), or null for any verbal one. */
  answers: RelationType[] | null;
  /** Article offset where an "after …" / "in response to …" clause starts: an earlier statement may sit in it. */
  clauseStart: number | null;
  /**
   * The cue spells out what was said ("Russia's assertions that it was withdrawing troops"): the answered
   * statement is that claim, which the article reports, so only a statement of the same article qualifies.
   */
  statesContent: boolean;
}

/** What the answered thing is called → the statement types it can be. */
const ANSWERED_NOUNS: ReadonlyArray<readonly [RegExp, RelationType[] | null]> = [
  [/^(?:accusations?|allegations?|charges?|claims?|reports?|blame|smears?)$/, ["ACCUSE", "CRITICIZE", "INVESTIGATE"]],
  [/^(?:denials?|assurances?)$/, ["DENY"]],
  [/^(?:warnings?|threats?|ultimatums?|concerns?|fears?)$/, ["WARN", "THREATEN", "CRITICIZE"]],
  [/^(?:demands?|calls?|requests?|appeals?|proposals?|offers?|plans?)$/, ["DEMAND", "APPEAL", "NEGOTIATE"]],
  [/^(?:criticism|condemnation|attacks?|rebukes?)$/, ["CRITICIZE", "ACCUSE"]],
  [/^(?:sanctions?|measures?|expulsions?)$/, ["SANCTION"]],
  [
    /^(?:invasion|aggression|strikes?|shelling|bombing|bombardment|offensive|incursion|assault)$/,
    ["ATTACK", "FIGHT", "MOBILIZE"],
  ],
  [/^(?:remarks?|comments?|statements?|words?|rhetoric|assertions?|speech)$/, null],
];

/** Verbs in an "after X <verb>…" clause → the statement types they report. */
const CLAUSE_VERBS: ReadonlyArray<readonly [RegExp, RelationType[] | null]> = [
  [/^(?:accused|accusing|blamed|blaming|claimed|alleged)$/, ["ACCUSE", "CRITICIZE"]],
  [/^(?:warned|warning|threatened|threatening)$/, ["WARN", "THREATEN"]],
  [/^(?:demanded|demanding|urged|urging|called|calling|asked|proposed)$/, ["DEMAND", "APPEAL", "NEGOTIATE"]],
  [/^(?:criticised|criticized|condemned|denounced|slammed|attacked)$/, ["CRITICIZE", "ACCUSE", "ATTACK"]],
  [/^(?:sanctioned|imposed|expelled)$/, ["SANCTION"]],
];

const NOUN_WORDS =
  "accusations?|allegations?|charges?|claims?|reports?|denials?|assurances?|blame|smears?|warnings?|threats?|ultimatums?|concerns?|fears?|demands?|calls?|requests?|appeals?|proposals?|offers?|plans?|criticism|condemnation|attacks?|rebukes?|sanctions?|measures?|expulsions?|remarks?|comments?|statements?|words?|rhetoric|assertions?|speech";

/**
 * Acts of war answered "in response to" or condemned; not cues after "after"/"following", where they only
 * date the sentence ("two months after the invasion").
 */
const MATERIAL_NOUN_WORDS = "invasion|aggression|strikes?|shelling|bombing|bombardment|offensive|incursion|assault";

/** A reply verb followed within six words by what it answers: "dismissed as nonsense the claims". */
const REPLY_VERB_PATTERN = new RegExp(
  String.raw`\b(?:reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|den(?:y|ies|ied|ying)|slam(?:s|med|ming)?|blast(?:s|ed)?|brush(?:es|ed)? (?:off|aside)|(?:hit|hits|fired|fires|shot|shoots|lashed|lashes) back at|push(?:es|ed)? back (?:on|against)|rebuff(?:s|ed)?|refut(?:es|ed)|ridicul(?:es|ed)|mock(?:s|ed)|scoff(?:s|ed) at|laugh(?:s|ed) off|respond(?:s|ed)? to|repl(?:y|ies|ied) to|answer(?:s|ed)|condemn(?:s|ed|ing)?|decr(?:y|ies|ied)|cast(?:s|ing)? doubt (?:on|over)|question(?:s|ed)|disput(?:es|ed)|contest(?:s|ed))\b(?:\W+\w+){0,6}?\W+(${NOUN_WORDS}|${MATERIAL_NOUN_WORDS})\b`,
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

/** "called Western concern hysteria", "branded the claims absurd". */
const CHARACTERISATION_PATTERN = new RegExp(
  String.raw`\b(?:called|calls|branded|brands|labell?ed|termed|described)\b(?:\W+\w+){0,4}?\W+(${NOUN_WORDS})\b(?:\W+\w+){0,5}?\W+(?:hysteria|hysterical|absurd|nonsense|lies|baseless|groundless|unfounded|fake|false|fabricated|propaganda|ridiculous|provocation|provocative|slander)\b`,
  "i",
);

/**
 * A verdict with no verb of reply, as the extractor writes its cue: "This is not the case", "That is absurd"
 * said right after someone else's claim. What was answered is any verbal statement before it.
 */
const VERDICT_CUE =
  /^(?:(?:this|that|it|these|those|such \w+)\s+)?(?:is|are|was|were|'s)?\s*(?:simply |completely |absolutely |totally )?(?:not the case|not true|untrue|false|incorrect|absurd|nonsense|lies|baseless|groundless|fabricated|fake|ridiculous)$/i;

/** What follows a named claim when the sentence states its content: "claims that…", "reports of Russia moving…", a quote. */
const CONTENT_CLAUSE = /^\s*(?:that\b|of\s+\w+(?:\s+\w+)?\s+\w+ing\b|[,:]?\s*["“])/i;

/** True when the words after a cue's noun spell out what was said. */
const statesContent = (sentence: string, nounEnd: number): boolean => CONTENT_CLAUSE.test(sentence.slice(nounEnd));

function classify(word: string, table: ReadonlyArray<readonly [RegExp, RelationType[] | null]>): RelationType[] | null {
  const lower = word.toLowerCase();
  for (const [pattern, types] of table) if (pattern.test(lower)) return types;
  return null;
}

/** The first word after a connective that names what was answered ("in response to Biden's warning" → WARN). */
function answeredAfter(text: string): RelationType[] | null {
  const match = new RegExp(String.raw`^(?:\W+\w+){0,5}?\W+(${NOUN_WORDS}|${MATERIAL_NOUN_WORDS})\b`, "i").exec(text);
  return match ? classify(match[1] as string, ANSWERED_NOUNS) : null;
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
  if (VERDICT_CUE.test(relation.cue.trim())) {
    return { text: relation.cue.trim(), answers: null, clauseStart: null, statesContent: false };
  }
  const reply = REPLY_VERB_PATTERN.exec(fromVerb);
  if (reply && reply.index <= 1) {
    return {
      text: reply[0],
      answers: classify(reply[1] as string, ANSWERED_NOUNS),
      clauseStart: null,
      statesContent: statesContent(fromVerb, reply.index + reply[0].length),
    };
  }
  const characterised = CHARACTERISATION_PATTERN.exec(fromVerb);
  if (characterised && characterised.index <= 1) {
    const answers = classify(characterised[1] as string, ANSWERED_NOUNS);
    return { text: characterised[0], answers, clauseStart: null, statesContent: false };
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
    return { text: connective[0], answers: answeredAfter(rest), clauseStart, statesContent: false };
  }
  const after = AFTER_PATTERN.exec(relation.sentence);
  if (after && aboutOthers(after)) {
    const word = after[1] as string;
    const answers = classify(word, CLAUSE_VERBS) ?? classify(word, ANSWERED_NOUNS);
    return { text: after[0], answers, clauseStart: sentenceStart + after.index, statesContent: false };
  }
  return null;
}
