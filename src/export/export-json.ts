// JSON export in the extraction contract's shape ({articles, actors, relations, responses}), streamed record by
// record so a large store never sits in memory as one string. Article texts are left out, as in the contract.

import type { ArticleRecord } from "../../graph-schema/index.ts";
import type { GraphSource } from "../store/graph-store.ts";
import type { TextSink } from "./text-sink.ts";

async function writeArray<T>(sink: TextSink, name: string, items: AsyncIterable<T>, last: boolean): Promise<void> {
  await sink.write(`  ${JSON.stringify(name)}: [`);
  let first = true;
  for await (const item of items) {
    await sink.write(`${first ? "\n" : ",\n"}    ${JSON.stringify(item)}`);
    first = false;
  }
  await sink.write(`${first ? "" : "\n  "}]${last ? "\n" : ",\n"}`);
}

async function* articleRecords(source: GraphSource): AsyncGenerator<ArticleRecord> {
  for await (const { text: _text, ...record } of source.articles()) yield record;
}

/**
 * Writes the source as one ExtractionResult JSON document.
 *
 * @example await exportJson(store, streamSink(process.stdout));
 */
export async function exportJson(source: GraphSource, sink: TextSink): Promise<void> {
  await sink.write("{\n");
  await writeArray(sink, "articles", articleRecords(source), false);
  await writeArray(sink, "actors", source.actors(), false);
  await writeArray(sink, "relations", source.relations(), false);
  await writeArray(sink, "responses", source.responseLinks(), true);
  await sink.write("}\n");
}
