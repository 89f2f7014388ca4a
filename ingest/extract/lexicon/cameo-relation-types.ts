// CAMEO event codes as newsgraph relation types. The PLOVER manual's conversion table (CAMEO2PLOVER, draft 0.8) gives
// each code its PLOVER event type; newsgraph's vocabulary splits some PLOVER types in two (DISAPPROVE into CRITICIZE
// and ACCUSE, CONSULT into MEET and NEGOTIATE, DEMAND into DEMAND and APPEAL, REJECT into REJECT and DENY), which the
// CAMEO code decides. Public statements (01x) other than denials are not acts towards another actor.

import type { RelationType } from "../../../graph-schema/index.ts";

/** Code prefixes, longest first where they overlap, with their relation type (null: no act towards another). */
const BY_PREFIX: ReadonlyArray<readonly [string, RelationType | null]> = [
  ["016", "DENY"],
  ["01", null],
  ["02", "APPEAL"],
  ["03", "AGREE"],
  ["045", "NEGOTIATE"],
  ["046", "NEGOTIATE"],
  ["04", "MEET"],
  ["051", "PRAISE"],
  ["057", "AGREE"],
  ["05", "SUPPORT"],
  ["06", "COOPERATE"],
  ["07", "AID"],
  ["084", "RETREAT"],
  ["085", "RETREAT"],
  ["086", "RETREAT"],
  ["087", "RETREAT"],
  ["08", "CONCEDE"],
  ["09", "INVESTIGATE"],
  ["10", "DEMAND"],
  ["112", "ACCUSE"],
  ["114", "ACCUSE"],
  ["115", "ACCUSE"],
  ["116", "ACCUSE"],
  ["11", "CRITICIZE"],
  ["12", "REJECT"],
  ["13", "THREATEN"],
  ["14", "PROTEST"],
  ["15", "MOBILIZE"],
  ["16", "SANCTION"],
  ["17", "COERCE"],
  ["191", "COERCE"],
  ["192", "COERCE"],
  ["18", "ATTACK"],
  ["19", "ATTACK"],
  ["20", "ATTACK"],
];

/**
 * The relation type of a CAMEO code ("112" → ACCUSE, "0311" → AGREE), or null for codes that are no act towards
 * another actor (statements, comments).
 */
export function relationTypeOfCameo(code: string): RelationType | null {
  for (const [prefix, type] of BY_PREFIX) if (code.startsWith(prefix)) return type;
  return null;
}
