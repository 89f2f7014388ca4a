// Stateless extraction over a set of inputs (`newsgraph extract`): read, clean, extract, resolve actors across
// the given articles only, link responses among them, and return the extraction contract.

import type { ArticleRecord, ExtractionResult } from "../../graph-schema/index.ts";
import type { ActorRegistryOptions } from "../resolve/actor-registry-options.ts";
import { createActorRegistry } from "../resolve/create-actor-registry.ts";
import { createResponseLinker } from "../respond/create-response-linker.ts";
import { createInMemoryResponseHistory } from "../respond/response-history.ts";
import type { ResponseLinkerOptions } from "../respond/response-linker-options.ts";
import type { InputRejection } from "../read/source-article.ts";
import type { BatchExtractor } from "./batch-extractor.ts";
import type { CleanedArticle } from "./cleaned-article.ts";
import { readCleanArticles, type ReadCleanOptions } from "./read-clean-articles.ts";

export interface ExtractDocumentsOptions {
  extractor: BatchExtractor;
  readClean?: Partial<ReadCleanOptions>;
  registry?: Partial<ActorRegistryOptions>;
  responses?: Partial<ResponseLinkerOptions>;
  /** Articles handed to the extractor at once (a worker pool keeps every worker busy with several). */
  batchSize?: number;
  onRejection?: (rejection: InputRejection) => void;
  onArticle?: (record: ArticleRecord) => void;
  /** Give each article its cleaned text (`text`), the text every statement's offsets point into. */
  withText?: boolean;
}

/** An article of the result, with its cleaned text when asked for. */
export type ExtractedArticle = ArticleRecord & { text?: string };

export interface ExtractDocumentsResult extends ExtractionResult {
  articles: ExtractedArticle[];
  /** Inputs rejected; each was reported through onRejection as it happened (a million of them cost nothing here). */
  rejected: number;
}

export const DEFAULT_EXTRACT_BATCH_SIZE = 64;

/**
 * Extracts every article of `inputs` into one ExtractionResult, actors resolved across them.
 * @example
 * const result = await extractDocuments(["news/"], { extractor: createInProcessExtractor() });
 * console.log(result.relations.length);
 */
export async function extractDocuments(
  inputs: string[],
  options: ExtractDocumentsOptions,
): Promise<ExtractDocumentsResult> {
  const registry = createActorRegistry([], options.registry ?? {});
  const result: ExtractDocumentsResult = { articles: [], actors: [], relations: [], responses: [], rejected: 0 };
  let pending: CleanedArticle[] = [];
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const outcomes = await options.extractor.extractBatch(pending);
    pending = [];
    for (const outcome of outcomes) {
      if (outcome.kind === "failed") {
        const rejection: InputRejection = { file: outcome.file, code: outcome.code ?? "MALFORMED", reason: outcome.reason };
        result.rejected++;
        options.onRejection?.(rejection);
        continue;
      }
      const resolved = registry.resolve(outcome.extraction);
      result.articles.push(options.withText ? { ...resolved.article, text: outcome.extraction.text } : resolved.article);
      result.relations.push(...resolved.relations);
      options.onArticle?.(resolved.article);
    }
  };
  for await (const event of readCleanArticles(inputs, options.readClean ?? {}, options.extractor)) {
    if (event.kind === "rejected") {
      result.rejected++;
      options.onRejection?.(event.rejection);
      continue;
    }
    pending.push(event.article);
    if (pending.length >= (options.batchSize ?? DEFAULT_EXTRACT_BATCH_SIZE)) await flush();
  }
  await flush();
  result.actors = registry.allActors().filter((actor) => actor.articles.length > 0);
  const articles = new Map(result.articles.map((article) => [article.id, article]));
  // Affiliations let an official answer what was said about their country, as ingest does against a store.
  const history = createInMemoryResponseHistory([], result.actors);
  result.responses = createResponseLinker(options.responses ?? {}).link(result.relations, articles, history);
  return result;
}
