// Where newsgraph reads a verb differently from the CAMEO dictionary, for news about states and alliances: verbs the
// dictionary lacks ("urge", "sanction", "lambast"), verbs it codes only through patterns that news rarely matches
// ("slam", "reject"), and defaults that fit other genres ("negotiate" as yielding, "blast" as an explosion, "warn" as
// a threat, "claim" as criticism, "invade" as occupying land rather than attacking a country). Everything else comes from CAMEO (lexicon/data/cameo-verbs.json).

import type { RelationType } from "../../../graph-schema/index.ts";

/** Verb lemma → relation type, overriding or completing the CAMEO default. */
export const NEWSGRAPH_VERB_TYPES: ReadonlyMap<string, RelationType> = new Map<string, RelationType>([
  ["warn", "WARN"],
  ["caution", "WARN"],
  ["threaten", "THREATEN"],
  ["slam", "CRITICIZE"],
  ["blast", "CRITICIZE"],
  ["lambast", "CRITICIZE"],
  ["excoriate", "CRITICIZE"],
  ["assail", "CRITICIZE"],
  ["decry", "CRITICIZE"],
  ["oppose", "CRITICIZE"],
  ["urge", "APPEAL"],
  ["beseech", "APPEAL"],
  ["exhort", "APPEAL"],
  ["press", "APPEAL"],
  ["sanction", "SANCTION"],
  ["blacklist", "SANCTION"],
  ["champion", "SUPPORT"],
  ["endorse", "SUPPORT"],
  ["negotiate", "NEGOTIATE"],
  ["mediate", "NEGOTIATE"],
  ["agree", "AGREE"],
  ["cooperate", "COOPERATE"],
  ["collaborate", "COOPERATE"],
  ["amass", "MOBILIZE"],
  ["mass", "MOBILIZE"],
  ["fight", "FIGHT"],
  ["clash", "FIGHT"],
  ["battle", "FIGHT"],
  ["withdraw", "RETREAT"],
  ["invade", "ATTACK"],
  ["repel", "FIGHT"],
  ["repulse", "FIGHT"],
  ["resist", "FIGHT"],
  ["echo", "AGREE"],
  ["deny", "DENY"],
  ["refute", "DENY"],
  ["reject", "REJECT"],
  ["dismiss", "REJECT"],
  ["rebuff", "REJECT"],
  // Vetoing a bid, a resolution or a membership refuses it (CAMEO's default, 172, is administrative sanctions).
  ["veto", "REJECT"],
  ["talk", "MEET"],
  ["speak", "MEET"],
  ["broker", "NEGOTIATE"],
  ["smear", "CRITICIZE"],
  ["retreat", "RETREAT"],
  ["arm", "AID"],
  // Aiding or assisting another is help given (CAMEO's 060 default is material cooperation between equals).
  ["aid", "AID"],
  ["assist", "AID"],
  // Training another's soldiers is military aid (CAMEO codes it only for "forces" and "fighter"; its default for the
  // PREPARE group is an intent to cooperate).
  ["train", "AID"],
  // Enabling or allowing another to act backs them ("NATO has enabled Ukraine to put up a resistance", "Iran allows
  // the country to evade sanctions"); CAMEO's 080 default (yielding) fits a party giving way, which news says with
  // "concede" or "give in".
  ["allow", "SUPPORT"],
  ["enable", "SUPPORT"],
  ["permit", "SUPPORT"],
  // Phrasal verbs, keyed "verb particle": a particle makes another verb, and the bare verb's reading never applies.
  ["train up", "AID"],
  ["fight back", "FIGHT"],
  ["fight off", "FIGHT"],
  // Forces driven back are fought ("pushed Russian forces back from Kyiv"; CAMEO's "push" alone is a demand).
  ["push back", "FIGHT"],
  ["drive back", "FIGHT"],
  ["beat back", "FIGHT"],
  ["force back", "FIGHT"],
  ["back up", "SUPPORT"],
]);

/** Verbs that are no act by themselves, whatever CAMEO's default ("targeted" sanctions or cities; "joined" a body or a
 * call; "left Ukraine" is no consultation, "applied" no appeal, "gave an interview" no cooperation; leading, heading
 * or commanding a body is no material cooperation with it; "weighed where to send troops" no consultation;
 * "provoked Russia's invasion" no protest, CAMEO 140's default; "taking the Chinese position" no seizure; "engaged
 * in conversations" no assault;
 * "inviting Finland to join" or "introduced agents to the service" no meeting): they act only through a pattern, or
 * through the event noun they take (nominal-events.ts light verbs, "gave support to"). */
export const NO_DEFAULT_VERBS: ReadonlySet<string> = new Set([
  "target",
  "join",
  "leave",
  "depart",
  "apply",
  "give",
  "lead",
  "head",
  "command",
  "conduct",
  "weigh",
  "provoke",
  "engage",
  "take",
  "invite",
  "introduce",
  // General verbs whose CAMEO default news rarely means: "filled her with water" (a concession), "advances stalled"
  // (a rejection), "has sworn that…" (criticism), "considers it part of its territory", "managing challenges",
  // "imported drones", "linking the war to…" (cooperation), "made clear" (a concession), "admitted that…" (support).
  "fill",
  "stall",
  "swear",
  "consider",
  "manage",
  "import",
  "link",
  "clear",
  "admit",
  // "Russia authorizes use of troops in Ukraine" is no yielding (CAMEO 080); "authorized an invasion" is the
  // invasion, through the event noun.
  "authorize",
  "authorise",
]);

/** Verbs that report speech or belief: typed by what they report (statements/reported-speech.ts), not by CAMEO. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  "say",
  "tell",
  "add",
  "state",
  "note",
  "stress",
  "emphasise",
  "emphasize",
  "insist",
  "argue",
  "write",
  "declare",
  "announce",
  "explain",
  "claim",
  "allege",
  "assert",
  "maintain",
  "reiterate",
  "repeat",
  "suggest",
  "believe",
  "think",
  "report",
  "confirm",
  "tweet",
  "post",
  "predict",
  "acknowledge",
  "admit",
  "comment",
  "remark",
  "observe",
  "point",
  "recall",
  "underline",
  "underscore",
  "conclude",
  "indicate",
  "signal",
  "hint",
]);

/** Verbs whose complement is an allegation: what they report is not asserted as fact. */
export const ALLEGATION_VERBS: ReadonlySet<string> = new Set(["claim", "allege", "accuse", "suspect", "charge"]);

/** Verbs whose object or complement is a claim they reject: what it says did not happen. */
export const DENIAL_VERBS: ReadonlySet<string> = new Set(["deny", "refute", "dismiss", "reject", "rebuff"]);
