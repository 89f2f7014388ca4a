// A GraphSource over an in-memory batch or extraction result, so the exporters also serve `extract` output and
// tests without a store. Order is the batch's.

import type { ExtractionResult } from "../../graph-schema/index.ts";
import type { GraphBatch, GraphSource, StoredArticle } from "../store/graph-store.ts";

async function* iterate<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

/** A GraphSource over a batch; articles without text (an ExtractionResult) get an empty text. */
export function batchGraphSource(batch: GraphBatch | ExtractionResult): GraphSource {
  const articles: StoredArticle[] = batch.articles.map((article) => ({ text: "", ...article }));
  return {
    articles: () => iterate(articles),
    actors: () => iterate(batch.actors),
    relations: () => iterate(batch.relations),
    responseLinks: () => iterate(batch.responses),
  };
}
