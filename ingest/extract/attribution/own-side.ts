// A person and the country or body they serve are one side: "Biden" acting on "the United States" or "Putin" on
// "Russia" is that side acting, not an act between two actors (ANNOTATION.md lists the country as the person's
// alternative subject, never as their object). A country may still act against its own people ("parliament removed
// Yanukovych", "Russia arrested its deputy defence minister"), but not cooperate with, warn or concede to them.

import type { RelationType } from "../../../graph-schema/index.ts";
import type { ArticleActor } from "../mentions/link-actors.ts";

/** Acts a state takes against its own people. */
const DOMESTIC_ACTS: ReadonlySet<RelationType> = new Set([
  "SANCTION",
  "COERCE",
  "ACCUSE",
  "CRITICIZE",
  "INVESTIGATE",
  "REJECT",
  "DEMAND",
  "PROTEST",
]);

/** Whether a statement of `type` from `subject` to `object` is one side acting on itself. */
export function actsOnOwnSide(subject: ArticleActor, object: ArticleActor, type: RelationType): boolean {
  const serves = (person: ArticleActor, body: ArticleActor): boolean =>
    person.type === "PERSON" && person.affiliation !== null && person.affiliation === body.name;
  if (serves(subject, object)) return true;
  return serves(object, subject) && !DOMESTIC_ACTS.has(type);
}
