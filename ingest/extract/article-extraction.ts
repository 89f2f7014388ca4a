// The result of extracting one article, before actors are resolved across articles. Actor ids here are local
// to the article (`l1`, `l2`…); resolve-actors maps them to stable global ids.

import type { ActorType, ArticleRecord, RelationRecord } from "../../graph-schema/index.ts";

export interface LocalRole {
  title: string;
  /** Canonical name of the affiliation (country or organisation), when known. */
  affiliation: string | null;
}

export interface LocalActor {
  localId: string;
  /** Canonical name chosen in this article (longest proper name, or the gazetteer's name). */
  name: string;
  type: ActorType;
  /** Every other surface form seen in this article. */
  aliases: string[];
  mentions: number;
  roles: LocalRole[];
  /** Canonical name of the country or organisation the actor belongs to, when known. */
  affiliation: string | null;
  /**
   * True when `affiliation` is not stated by the article but taken from the actor dictionaries for its publication
   * day (lexicon/people-lexicon.ts): weaker evidence, which any article's own word outweighs.
   */
  affiliationListed?: boolean;
  /** Set when the actor came from the gazetteer: its canonical key, so resolution can trust it. */
  gazetteerKey: string | null;
}

/** A relation of the article on local actor ids: the contract's RelationRecord before it gets its id and article. */
export type LocalRelation = Omit<RelationRecord, "id" | "article">;

export interface ArticleExtraction {
  article: ArticleRecord;
  /** The cleaned text that offsets point into. */
  text: string;
  actors: LocalActor[];
  relations: LocalRelation[];
}
