// An article after reading and cleaning: its record and the cleaned text that extraction offsets point into.

import type { ArticleRecord } from "../../graph-schema/index.ts";

export interface CleanedArticle {
  record: ArticleRecord;
  text: string;
}
