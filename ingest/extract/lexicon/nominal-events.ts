// Event nouns: nominalisations that carry an act ("Russia's invasion of Ukraine", "US sanctions on Russia", "talks
// between Kyiv and Moscow"), each with the verb it nominalises (typed through the verb lexicon, so CAMEO decides) or,
// where no verb fits, its relation type; and light verbs, whose object noun carries the act ("held talks with",
// "imposed sanctions on", "launched an offensive against").

import type { RelationType } from "../../../graph-schema/index.ts";

/** An event noun: the verb it stands for, or its type directly. */
export type NominalEvent = { verb: string } | { type: RelationType };

const verb = (lemma: string): NominalEvent => ({ verb: lemma });
const typed = (type: RelationType): NominalEvent => ({ type });

/** Noun lemma (singular, lower case) → the event it names. */
export const NOMINAL_EVENTS: ReadonlyMap<string, NominalEvent> = new Map<string, NominalEvent>([
  ["invasion", verb("invade")],
  ["attack", verb("attack")],
  ["assault", verb("attack")],
  ["offensive", typed("ATTACK")],
  ["aggression", typed("ATTACK")],
  ["strike", typed("ATTACK")],
  ["airstrike", typed("ATTACK")],
  ["bombardment", typed("ATTACK")],
  ["bombing", typed("ATTACK")],
  ["shelling", typed("ATTACK")],
  ["incursion", typed("ATTACK")],
  ["war", typed("FIGHT")],
  ["fighting", typed("FIGHT")],
  ["clash", typed("FIGHT")],
  ["sanction", typed("SANCTION")],
  ["embargo", typed("SANCTION")],
  // A warrant for someone's arrest is legal coercion (CAMEO 173), not the demand the dictionary's bare "issue
  // warrant" gives.
  ["warrant", typed("COERCE")],
  ["talk", typed("NEGOTIATE")],
  ["negotiation", typed("NEGOTIATE")],
  ["meeting", typed("MEET")],
  ["summit", typed("MEET")],
  ["visit", typed("MEET")],
  ["call", typed("MEET")],
  ["conversation", typed("MEET")],
  ["consultation", typed("MEET")],
  ["support", typed("SUPPORT")],
  ["backing", typed("SUPPORT")],
  ["solidarity", typed("SUPPORT")],
  // Relations are cooperation only when the text says they are warm (RELATION_NOUNS), or when they are broken off.
  ["tie", typed("COOPERATE")],
  ["relation", typed("COOPERATE")],
  ["relationship", typed("COOPERATE")],
  ["aid", typed("AID")],
  ["assistance", typed("AID")],
  ["help", typed("AID")],
  ["loan", typed("AID")],
  ["credit", typed("AID")],
  ["funding", typed("AID")],
  ["grant", typed("AID")],
  ["accusation", typed("ACCUSE")],
  ["allegation", typed("ACCUSE")],
  ["criticism", typed("CRITICIZE")],
  ["broadside", typed("CRITICIZE")],
  ["rebuke", typed("CRITICIZE")],
  ["tirade", typed("CRITICIZE")],
  ["censure", typed("CRITICIZE")],
  ["condemnation", typed("CRITICIZE")],
  ["warning", typed("WARN")],
  ["threat", typed("THREATEN")],
  ["ultimatum", typed("THREATEN")],
  ["demand", typed("DEMAND")],
  ["appeal", typed("APPEAL")],
  ["agreement", typed("AGREE")],
  ["deal", typed("AGREE")],
  ["accord", typed("AGREE")],
  ["treaty", typed("AGREE")],
  ["pact", typed("AGREE")],
  ["cooperation", typed("COOPERATE")],
  ["partnership", typed("COOPERATE")],
  ["alliance", typed("COOPERATE")],
  ["protest", typed("PROTEST")],
  ["buildup", typed("MOBILIZE")],
  ["build-up", typed("MOBILIZE")],
  ["deployment", typed("MOBILIZE")],
  ["mobilisation", typed("MOBILIZE")],
  ["mobilization", typed("MOBILIZE")],
  ["blockade", typed("COERCE")],
  ["annexation", typed("COERCE")],
  ["occupation", typed("COERCE")],
  ["withdrawal", typed("RETREAT")],
  ["pullout", typed("RETREAT")],
  ["investigation", typed("INVESTIGATE")],
  ["probe", typed("INVESTIGATE")],
  ["inquiry", typed("INVESTIGATE")],
  ["rejection", typed("REJECT")],
  ["denial", typed("DENY")],
]);

/**
 * Verbs that lend their clause to the event noun they take as object: "held talks with Kyiv" is a negotiation, "imposed
 * sanctions on Russia" a sanction. Their own CAMEO code, if any, yields to the noun's.
 */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  // "ordered an invasion of Georgia" is the invasion by whoever ordered it, no demand made of Georgia.
  "order",
  "authorize",
  "authorise",
  // Funds set aside for someone: "would allocate $713m of military aid to Ukraine".
  "allocate",
  "earmark",
  "disburse",
  "hold",
  "have",
  "conduct",
  "launch",
  "carry",
  "make",
  "give",
  "provide",
  "offer",
  "impose",
  "announce",
  "sign",
  "stage",
  "mount",
  "step",
  "deliver",
  "send",
  "extend",
  "express",
  "issue",
  "level",
  "voice",
  "pledge",
  "promise",
  "approve",
  // Taking part in an event does it: "participated in the assault on Bakhmut".
  "participate",
  // Standing in an act holds it: "stands in solidarity with the Ukrainian people".
  "stand",
  // Starting, resuming or putting forward an event does it: "introduced new sanctions against Russia", "initiated
  // consultations with the United States", "resumed talks", "presented its demands to NATO".
  "introduce",
  "initiate",
  "resume",
  "present",
  // A legislature's act: "passed a package of military aid for Ukraine", "adopted new sanctions against Belarus".
  "pass",
  "adopt",
  "unveil",
  "begin",
  "start",
  "continue",
  "intensify",
  "escalate",
  "expand",
  "increase",
  "boost",
  "strengthen",
  "lend",
  "receive",
  "reach",
  "seal",
  "strike",
  "host",
  "join",
  "agree",
  "supply",
  "ship",
  "transfer",
  "donate",
]);

/**
 * Verbs that stop or put off an act: taking a cooperative event noun as object ("cancelled a summit with Russia",
 * "suspended talks with Minsk", "froze cooperation with Moscow", "halted aid to Kabul") they reduce relations with its
 * partner, CAMEO 16 (SANCTION), whichever way the CAMEO dictionary lists their objects. "break" and "call" only with
 * "off".
 */
const STOPPING_VERBS: ReadonlySet<string> = new Set([
  "cancel",
  "suspend",
  "halt",
  "freeze",
  "postpone",
  "scrap",
  "abandon",
  "terminate",
  "stop",
  "cut",
  "end",
  "break",
  "call",
]);
/** Stopping verbs that stop something only with this particle ("broke off talks", "called off the visit"). */
const STOPPING_PARTICLE_VERBS: ReadonlySet<string> = new Set(["break", "call"]);

/** Whether a verb stops what it takes: `lemma`, and whether "off" goes with it ("suspended", "broke off"). */
export function isStoppingVerb(lemma: string, withOff: boolean): boolean {
  return STOPPING_VERBS.has(lemma) && (withOff || !STOPPING_PARTICLE_VERBS.has(lemma));
}
/** The acts whose stopping reduces relations. */
export const COOPERATIVE_TYPES: ReadonlySet<RelationType> = new Set([
  "MEET",
  "NEGOTIATE",
  "COOPERATE",
  "AID",
  "SUPPORT",
  "AGREE",
]);

/** Verbs that hand something over: with a weapon or aircraft as object (lexicon things) they are military aid. */
export const TRANSFER_VERBS: ReadonlySet<string> = new Set([
  "furnish",
  "equip",
  "supply",
  "send",
  "deliver",
  "provide",
  "give",
  "ship",
  "transfer",
  "donate",
  "lend",
  "sell",
]);

/**
 * Words of arms the dictionary's &WEAPON and &AIRCRAFT synsets lack, as news names what is handed over ("a Patriot
 * battery", "artillery shells", "arms and ammunition", "air defence interceptors").
 */
export const MORE_ARMS: ReadonlySet<string> = new Set([
  "battery",
  "shell",
  "arms",
  "weaponry",
  "armament",
  "interceptor",
  "warhead",
  "mortar",
  "rifle",
]);

/** Whether a word names arms: the dictionary's weapons and aircraft (`things`, the event lexicon's) or MORE_ARMS. */
export function isArms(things: ReadonlySet<string>, word: string): boolean {
  return things.has(word) || MORE_ARMS.has(word);
}

/** Nouns of relations between states: an act of cooperation only when warm ("close ties") or when broken off. */
export const RELATION_NOUNS: ReadonlySet<string> = new Set(["tie", "relation", "relationship"]);

/** Modifiers that make relations cooperation ("close ties with Moscow", "a strategic relationship"). */
export const WARM_MODIFIERS: ReadonlySet<string> = new Set([
  "close",
  "closer",
  "strong",
  "stronger",
  "good",
  "friendly",
  "warm",
  "deep",
  "deeper",
  "deepening",
  "strategic",
  "special",
  "cordial",
  "excellent",
  "growing",
  "persistent",
  "longstanding",
  "long-standing",
  "privileged",
]);
