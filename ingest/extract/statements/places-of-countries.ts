// Places stand for their country as the target of force: "Russian forces shelled Kharkiv" is an attack on Ukraine,
// "Ukrainian drones struck Belgorod" one on Russia (ANNOTATION.md: who, not where; an analyst reads a strike on a
// city as one on the country it lies in). A city, a region or a province the gazetteer places in a country the article
// names stands for that country as the object of an attack, a fight or coercion, unless the one who acts is that
// country's own side. Runs on the finished statements, before they are published (places are no actors of their own).

import type { RelationType } from "../../../graph-schema/index.ts";
import type { Mention } from "../mentions/find-mentions.ts";
import type { ArticleActor } from "../mentions/link-actors.ts";
import type { Token } from "../../nlp/analyze-text.ts";
import { nounLemma } from "../clauses/find-clauses.ts";
import { sameSide, type Statement, type StatementContext } from "./statement.ts";

/** Acts of force, whose target a place stands for its country in. */
const FORCE: ReadonlySet<RelationType> = new Set(["ATTACK", "FIGHT", "COERCE"]);

/** Per place actor, the actor of the country the gazetteer puts it in, when the article names that country. */
export function placeCountries(mentions: readonly Mention[], actors: readonly ArticleActor[]): Map<number, number> {
  const countryActor = new Map<string, number>();
  actors.forEach((actor, index) => {
    if (actor.type === "COUNTRY" && actor.strong) countryActor.set(actor.name, index);
  });
  const out = new Map<number, number>();
  for (const mention of mentions) {
    if (mention.actor < 0 || mention.type !== "LOCATION" || mention.affiliation === null) continue;
    if (actors[mention.actor]?.type !== "LOCATION") continue;
    const country = countryActor.get(mention.affiliation);
    if (country !== undefined) out.set(mention.actor, country);
  }
  return out;
}

/** Nouns of a part of a place ("a residential district of Kharkiv"), which is struck where the place is. */
const PLACE_PARTS = new Set([
  "district",
  "suburb",
  "outskirts",
  "centre",
  "center",
  "port",
  "city",
  "town",
  "village",
  "region",
  "area",
  "oblast",
  "province",
]);

/**
 * Statements of force aimed at a place, aimed at its country instead (see above); others unchanged. The place must be
 * what is struck, or hold it ("a district of Kharkiv"): a place that only names a thing ("the Geneva peace deal") is no
 * target.
 */
export function aimAtCountries(
  context: Pick<StatementContext, "tree" | "actorAt" | "actors">,
  statements: readonly Statement[],
  countries: ReadonlyMap<number, number>,
): Statement[] {
  return statements.map((statement) => {
    const country = countries.get(statement.object);
    if (country === undefined || !FORCE.has(statement.type)) return statement;
    if (sameSide(context.actors, statement.subject, country)) return statement;
    const struck = context.tree.tokens[statement.objectToken] as Token | undefined;
    const place = context.actorAt[statement.objectToken] === statement.object;
    if (!place && !(struck !== undefined && PLACE_PARTS.has(nounLemma(struck.lower)))) return statement;
    return { ...statement, object: country };
  });
}
