// The cue lexicon: verb lemmas and nouns that carry a relation, mapped to graph-schema's relation types, with
// how their object is found (direct object, a preposition, or a "that"-clause).

import type { RelationType } from "../../graph-schema/index.ts";

export interface RelationCue {
  type: RelationType;
  /** Prepositions that may introduce the object ("call on", "aid to"); empty = direct object only. */
  preps: readonly string[];
  /** The object may be the subject of a following "that"-clause ("warned that Russia…"). */
  complement: boolean;
  /** The cue needs one of these words within three tokens after it (e.g. "send" needs weapons or aid). */
  requires?: readonly string[];
  /** Nominal cue: the subject is a possessive, a demonym, "from X", or the clause subject. */
  nominal: boolean;
  /** "X is a threat" / "sees X as a threat": the object precedes the cue, the subject is the clause's subject. */
  predicative?: boolean;
}

const verb = (type: RelationType, preps: string = "", complement = false, requires?: string): RelationCue => ({
  type,
  preps: preps ? preps.split("|") : [],
  complement,
  nominal: false,
  ...(requires ? { requires: requires.split("|") } : {}),
});
const noun = (type: RelationType, preps: string): RelationCue => ({ type, preps: preps.split("|"), complement: false, nominal: true });

const AID_WORDS = "weapons|arms|aid|assistance|military|ammunition|missiles|tanks|jets|equipment|support|help|troops|money|funds|loans|systems";

/** Verb lemmas (wink-eng-lite-web-model 1.8.1 lemmas) that carry a relation. */
export const VERB_CUES: ReadonlyMap<string, RelationCue> = new Map([
  ["warn", verb("WARN", "against", true)],
  ["caution", verb("WARN", "against", true)],
  ["threaten", verb("THREATEN", "", true)],
  ["accuse", verb("ACCUSE", "", true)],
  ["blame", verb("ACCUSE", "")],
  ["criticise", verb("CRITICIZE", "")],
  ["criticize", verb("CRITICIZE", "")],
  ["condemn", verb("CRITICIZE", "")],
  ["denounce", verb("CRITICIZE", "")],
  ["slam", verb("CRITICIZE", "")],
  ["lambast", verb("CRITICIZE", "")],
  ["rebuke", verb("CRITICIZE", "")],
  ["chide", verb("CRITICIZE", "")],
  ["berate", verb("CRITICIZE", "")],
  ["reject", verb("REJECT", "")],
  ["dismiss", verb("REJECT", "")],
  ["rebuff", verb("REJECT", "")],
  ["deny", verb("DENY", "")],
  ["demand", verb("DEMAND", "from|of", true)],
  ["urge", verb("APPEAL", "")],
  ["appeal", verb("APPEAL", "to")],
  ["support", verb("SUPPORT", "")],
  ["back", verb("SUPPORT", "")],
  ["endorse", verb("SUPPORT", "")],
  ["echo", verb("AGREE", "")],
  ["welcome", verb("SUPPORT", "")],
  ["praise", verb("PRAISE", "")],
  ["thank", verb("PRAISE", "")],
  ["hail", verb("PRAISE", "")],
  ["commend", verb("PRAISE", "")],
  ["send", verb("AID", "to", false, AID_WORDS)],
  ["supply", verb("AID", "to|with", false)],
  ["arm", verb("AID", "")],
  ["provide", verb("AID", "to|with", false, AID_WORDS)],
  ["deliver", verb("AID", "to", false, AID_WORDS)],
  ["meet", verb("MEET", "with")],
  ["host", verb("MEET", "")],
  ["visit", verb("MEET", "")],
  ["negotiate", verb("NEGOTIATE", "with")],
  ["mediate", verb("NEGOTIATE", "between")],
  ["agree", verb("AGREE", "with")],
  ["cooperate", verb("COOPERATE", "with")],
  ["sanction", verb("SANCTION", "")],
  ["punish", verb("SANCTION", "")],
  ["expel", verb("SANCTION", "")],
  ["invade", verb("ATTACK", "")],
  ["attack", verb("ATTACK", "")],
  ["shell", verb("ATTACK", "")],
  ["bomb", verb("ATTACK", "")],
  ["strike", verb("ATTACK", "")],
  ["storm", verb("ATTACK", "")],
  ["capture", verb("ATTACK", "")],
  ["occupy", verb("ATTACK", "")],
  ["target", verb("ATTACK", "")],
  ["fight", verb("FIGHT", "against|with")],
  ["repel", verb("FIGHT", "")],
  ["clash", verb("FIGHT", "with")],
  ["withdraw", verb("RETREAT", "from")],
  ["arrest", verb("COERCE", "")],
  ["detain", verb("COERCE", "")],
  ["blockade", verb("COERCE", "")],
  ["investigate", verb("INVESTIGATE", "")],
  ["protest", verb("PROTEST", "against")],
]);

/** Multi-word verbal cues, matched on lemmas: "call on", "hold talks with", "impose sanctions on". */
export const PHRASE_CUES: ReadonlyArray<readonly [lemmas: readonly string[], cue: RelationCue]> = [
  [["call", "on"], verb("APPEAL", "")],
  [["call", "upon"], verb("APPEAL", "")],
  [["hold", "talk"], verb("MEET", "with")],
  [["hold", "phone", "talk"], verb("MEET", "with")],
  [["hold", "talks"], verb("MEET", "with")],
  [["speak", "with"], verb("MEET", "")],
  [["talk", "with"], verb("MEET", "")],
  [["impose", "sanction"], verb("SANCTION", "on|against")],
  [["impose", "sanctions"], verb("SANCTION", "on|against")],
  [["mass", "troop"], verb("MOBILIZE", "near|on|along|at")],
  [["mass", "troops"], verb("MOBILIZE", "near|on|along|at")],
  [["launch", "attack"], verb("ATTACK", "on|against")],
  [["launch", "attacks"], verb("ATTACK", "on|against")],
  [["launch", "invasion"], verb("ATTACK", "of")],
  [["launch", "offensive"], verb("ATTACK", "on|against")],
  [["launch", "operation"], verb("ATTACK", "against|in")],
  [["cast", "doubt"], verb("REJECT", "on")],
  [["restore", "ties"], verb("COOPERATE", "with")],
  [["restore", "relations"], verb("COOPERATE", "with")],
  [["establish", "ties"], verb("COOPERATE", "with")],
  [["establish", "relations"], verb("COOPERATE", "with")],
  [["resume", "ties"], verb("COOPERATE", "with")],
  [["cut", "ties"], verb("SANCTION", "with")],
  [["sever", "ties"], verb("SANCTION", "with")],
  [["fire", "shells"], verb("ATTACK", "at|on|into")],
  [["fire", "missiles"], verb("ATTACK", "at|on|into")],
  [["fire", "rockets"], verb("ATTACK", "at|on|into")],
  [["pledge", "support"], verb("SUPPORT", "to|for")],
  [["side", "with"], verb("SUPPORT", "")],
];

/** Nouns that carry a relation ("Putin's demand that…", "the broadside from Blinken", "talks with"). */
export const NOUN_CUES: ReadonlyMap<string, RelationCue> = new Map([
  ["warning", noun("WARN", "to|that")],
  ["warnings", noun("WARN", "to|that")],
  ["accusation", noun("ACCUSE", "against")],
  ["accusations", noun("ACCUSE", "against")],
  ["criticism", noun("CRITICIZE", "of")],
  ["condemnation", noun("CRITICIZE", "of")],
  ["broadside", noun("CRITICIZE", "against|at|on")],
  ["demand", noun("DEMAND", "that|on|to")],
  ["demands", noun("DEMAND", "that|on|to")],
  ["sanctions", noun("SANCTION", "on|against")],
  ["invasion", noun("ATTACK", "of")],
  ["attack", noun("ATTACK", "on|against")],
  ["attacks", noun("ATTACK", "on|against")],
  ["offensive", noun("ATTACK", "on|against")],
  ["strikes", noun("ATTACK", "on|against")],
  ["aggression", noun("ATTACK", "against")],
  ["talks", noun("MEET", "with")],
  ["support", noun("SUPPORT", "for|to")],
  ["aid", noun("AID", "to|for")],
  ["assistance", noun("AID", "to|for")],
  ["consequences", noun("WARN", "for|if")],
  ["threat", { ...noun("ACCUSE", ""), predicative: true }],
]);

/** Lemmas of verbs that introduce reported speech. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  "say", "tell", "state", "add", "note", "stress", "claim", "announce", "insist", "declare", "write", "report",
  "explain", "emphasise", "emphasize", "allege", "believe", "argue", "comment", "remark", "reply", "respond",
]);

/** Verbs that attribute a quote to its speaker(s) (`"…," Biden and Scholz agreed`). */
export const QUOTE_VERBS: ReadonlySet<string> = new Set([...SPEECH_VERBS, "agree", "warn", "ask", "urge", "tweet", "post"]);

/** Words in a quote that voice criticism of whoever the quote names ("monopolist", "hybrid war"). */
export const PEJORATIVE_WORDS: ReadonlySet<string> = new Set([
  "monopolist", "inhumane", "cynically", "cynical", "aggression", "aggressive", "hysteria", "propaganda", "lies",
  "lie", "lying", "provocation", "provocations", "blackmail", "hypocrisy", "hypocritical", "violation", "crime",
  "crimes", "illegal", "unacceptable", "outrageous", "shameful", "barbaric", "terrorist", "genocide", "nazi",
  "nazis", "hostile", "arrogant", "arrogance", "imperialist", "colonial", "pressure", "sabotage", "interference",
]);

/** Verbs whose subject is the agent of the event noun they govern ("launched attacks", "imposed sanctions"). */
export const LIGHT_VERB_LEMMAS: ReadonlySet<string> = new Set([
  "launch", "carry", "conduct", "stage", "mount", "impose", "issue", "repeat", "make", "voice", "deliver", "hold",
  "pledge", "give", "provide", "send", "step", "announce", "unveil", "level", "gather", "continue", "begin", "start",
  "resume", "intensify", "escalate", "renew", "reiterate", "express", "offer", "approve", "extend", "consider",
  "threaten", "plan", "prepare", "expand", "tighten", "slap", "meet", "host",
]);
