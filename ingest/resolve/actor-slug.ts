// Readable, stable actor ids: a slug of the canonical name (`vladimir-putin`, `nato`, `united-states`), with a
// numeric suffix when the slug is taken by a different actor.

import { createHash } from "node:crypto";
import type { ActorType } from "../../graph-schema/index.ts";
import { normalizeName } from "./normalize-name.ts";

/** Longest slug kept, in characters; longer names are cut at a word boundary. */
export const MAX_ACTOR_SLUG_LENGTH = 60;

/**
 * The slug of an actor name: normalised words (titles stripped for people) joined by hyphens. A name with no
 * Latin letters or digits ("Путин") gets `actor-` and a short hash of the name, so it still has a stable id.
 * @example actorSlug("President Vladimir Putin", "PERSON") // "vladimir-putin"
 */
export function actorSlug(name: string, type: ActorType): string {
  const words = normalizeName(name, type).filter((word) => /^[a-z0-9]+$/.test(word));
  let slug = "";
  for (const word of words) {
    const next = slug === "" ? word : `${slug}-${word}`;
    if (next.length > MAX_ACTOR_SLUG_LENGTH && slug !== "") break;
    slug = next.slice(0, MAX_ACTOR_SLUG_LENGTH);
  }
  if (slug !== "") return slug;
  return `actor-${createHash("sha256").update(name.normalize("NFC")).digest("hex").slice(0, 10)}`;
}

/**
 * The first of `base`, `base-2`, `base-3`… that is not taken.
 * @example uniqueActorId("john-smith", (id) => id === "john-smith") // "john-smith-2"
 */
export function uniqueActorId(base: string, isTaken: (id: string) => boolean): string {
  if (!isTaken(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base}-${suffix}`;
    if (!isTaken(candidate)) return candidate;
  }
}
