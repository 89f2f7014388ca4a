// Which prepositional phrases name the one an act is aimed at: "sanctions on Russia", "talks with Kyiv", "aid to
// Ukraine", "called on NATO", "an attack against", "the invasion of Ukraine". Other obliques give place, time, topic
// or reason ("in Brussels", "on Tuesday", "over the buildup", "for its actions") and name no target.

import type { RelationType } from "../../../graph-schema/index.ts";

const set = (words: string): ReadonlySet<string> => new Set(words.split(" "));

const HOSTILE = set("against at on toward towards");
const BY_TYPE: Readonly<Record<RelationType, ReadonlySet<string>>> = {
  WARN: set("against"),
  THREATEN: set("against"),
  ACCUSE: set("against"),
  CRITICIZE: set("against"),
  REJECT: set(""),
  DENY: set(""),
  DEMAND: set("from of for to"),
  APPEAL: set("on to for"),
  SUPPORT: set("for to behind with"),
  PRAISE: set(""),
  AID: set("to for"),
  MEET: set("with to between"),
  NEGOTIATE: set("with between"),
  AGREE: set("with between"),
  COOPERATE: set("with"),
  CONCEDE: set("to"),
  RETREAT: set("from"),
  INVESTIGATE: set("into against"),
  PROTEST: set("against"),
  SANCTION: set("on against with"),
  MOBILIZE: set("against on near along at to toward towards around"),
  COERCE: set("on against for"),
  ATTACK: HOSTILE,
  FIGHT: set("with against"),
};

/** Symmetric acts: "talks between Kyiv and Moscow", "Biden and Scholz met". */
export const SYMMETRIC_TYPES: ReadonlySet<RelationType> = new Set(["MEET", "NEGOTIATE", "AGREE", "COOPERATE", "FIGHT"]);

/** Whether an oblique with `preposition` names the target of a `type` act (of a verb, or of an event noun). */
export function isTargetPreposition(type: RelationType, preposition: string, nominal: boolean): boolean {
  if (nominal && (preposition === "of" || preposition === "between")) return true;
  return BY_TYPE[type].has(preposition);
}
