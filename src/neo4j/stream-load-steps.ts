// Load steps for a whole GraphSource, streamed chunk by chunk in dependency order: all articles, all actors, then
// the affiliations and roles between actors (held back until every actor exists), statements, responses.

import type { GraphBatch, GraphSource } from "../store/graph-store.ts";
import { planGraphLoad, type LoadStep } from "./plan-graph-load.ts";

const EMPTY: GraphBatch = { articles: [], actors: [], relations: [], responses: [] };

async function* chunks<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let chunk: T[] = [];
  for await (const item of items) {
    chunk.push(item);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/**
 * Every load step of the source, `chunkSize` records per step at most (roles and affiliations are gathered over
 * all actors, so their steps may be longer; loaders split them again).
 */
export async function* streamLoadSteps(source: GraphSource, chunkSize: number): AsyncGenerator<LoadStep> {
  for await (const articles of chunks(source.articles(), chunkSize)) yield* planGraphLoad({ ...EMPTY, articles });
  const deferred = new Map<string, LoadStep>();
  for await (const actors of chunks(source.actors(), chunkSize)) {
    for (const step of planGraphLoad({ ...EMPTY, actors })) {
      if (step.kind === "actors") {
        yield step;
        continue;
      }
      const key = `${step.kind}:${step.group}`;
      const held = deferred.get(key);
      if (held) held.rows.push(...step.rows);
      else deferred.set(key, step);
    }
  }
  yield* deferred.values();
  for await (const relations of chunks(source.relations(), chunkSize)) yield* planGraphLoad({ ...EMPTY, relations });
  for await (const responses of chunks(source.responseLinks(), chunkSize))
    yield* planGraphLoad({ ...EMPTY, responses });
}
