// Listing a store's actors (`newsgraph actors`): which ones, in what order, and what each row says.

import type { ActorType } from "./actor-types.ts";

export const ACTOR_LIST_SORTS = ["statements", "articles", "name"] as const;
export type ActorListSort = (typeof ACTOR_LIST_SORTS)[number];

export interface ActorListQuery {
  /** Part of a name or alias, any case and accents ("zelen" finds Volodymyr Zelenskyy by "Zelensky"); none lists all. */
  search?: string;
  /** Only actors of these types; none means every type. */
  types?: readonly ActorType[];
  /** Most statements first, most articles first, or by name. */
  sort: ActorListSort;
  limit: number;
}

export interface ActorListing {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  /** Id of the country or organisation the actor belongs to, when known. */
  affiliation: string | null;
  /** Statements the actor is the subject or the object of. */
  statements: number;
  articles: number;
  /** The name or alias the search matched; null without a search. */
  matched: string | null;
}
