// GEXF 1.3 export for Gephi: actors as nodes, one directed edge per statement (kind = relation type), with the
// statement's PLOVER type, quad class, date, sentence, cue and flags as edge attributes. Streams the source.

import { quadClassOf, type ActorRecord, type RelationRecord } from "../../graph-schema/index.ts";
import type { GraphSource } from "../store/graph-store.ts";
import { escapeXml } from "./escape-xml.ts";
import type { TextSink } from "./text-sink.ts";

type AttributeType = "string" | "integer" | "double" | "boolean";

/** Node and edge attributes, in column order: [id, GEXF type, value]. */
export const GEXF_NODE_ATTRIBUTES: ReadonlyArray<readonly [string, AttributeType, (actor: ActorRecord) => unknown]> = [
  ["type", "string", (a) => a.type],
  ["aliases", "string", (a) => a.aliases.join(" | ")],
  ["articles", "integer", (a) => a.articles.length],
  ["affiliation", "string", (a) => a.affiliation],
];

export const GEXF_EDGE_ATTRIBUTES: ReadonlyArray<
  readonly [string, AttributeType, (relation: RelationRecord) => unknown]
> = [
  ["type", "string", (r) => r.type],
  ["plover", "string", (r) => r.plover],
  ["quad", "string", (r) => quadClassOf(r.type)],
  ["eventDate", "string", (r) => r.eventDate],
  ["article", "string", (r) => r.article],
  ["sentence", "string", (r) => r.sentence],
  ["cue", "string", (r) => r.cue],
  ["negated", "boolean", (r) => r.negated],
  ["hypothetical", "boolean", (r) => r.hypothetical],
  ["confidence", "double", (r) => r.confidence],
];

/** `<attvalue>` elements for the non-null values. */
export function xmlAttributeValues<T>(
  columns: ReadonlyArray<readonly [string, AttributeType, (item: T) => unknown]>,
  item: T,
  element: (id: string, value: string) => string,
): string {
  return columns
    .map(([id, , get]) => [id, get(item)] as const)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([id, value]) => element(id, escapeXml(String(value))))
    .join("");
}

const declare = (cls: string, columns: ReadonlyArray<readonly [string, AttributeType, unknown]>): string =>
  `    <attributes class="${cls}">\n` +
  columns.map(([id, type]) => `      <attribute id="${id}" title="${id}" type="${type}"/>\n`).join("") +
  "    </attributes>\n";

/**
 * Writes the source as a GEXF 1.3 document.
 *
 * @example await exportGexf(store, streamSink(process.stdout));
 */
export async function exportGexf(source: GraphSource, sink: TextSink): Promise<void> {
  await sink.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
      "  <meta>\n    <creator>newsgraph</creator>\n    <description>Actors and the statements between them</description>\n  </meta>\n" +
      '  <graph defaultedgetype="directed" mode="static">\n' +
      declare("node", GEXF_NODE_ATTRIBUTES) +
      declare("edge", GEXF_EDGE_ATTRIBUTES) +
      "    <nodes>\n",
  );
  const attvalue = (id: string, value: string): string => `<attvalue for="${id}" value="${value}"/>`;
  for await (const actor of source.actors()) {
    await sink.write(
      `      <node id="${escapeXml(actor.id)}" label="${escapeXml(actor.name)}"><attvalues>` +
        xmlAttributeValues(GEXF_NODE_ATTRIBUTES, actor, attvalue) +
        "</attvalues></node>\n",
    );
  }
  await sink.write("    </nodes>\n    <edges>\n");
  for await (const relation of source.relations()) {
    await sink.write(
      `      <edge id="${escapeXml(relation.id)}" source="${escapeXml(relation.subject)}" target="${escapeXml(relation.object)}" ` +
        `label="${relation.type}" kind="${relation.type}" weight="${relation.confidence}"><attvalues>` +
        xmlAttributeValues(GEXF_EDGE_ATTRIBUTES, relation, attvalue) +
        "</attvalues></edge>\n",
    );
  }
  await sink.write("    </edges>\n  </graph>\n</gexf>\n");
}
