// GraphML export (Gephi, yEd, Cytoscape, networkx): actors as nodes, one directed edge per statement, with the
// same attributes as the GEXF export declared as GraphML keys. Streams the source.

import type { GraphSource } from "../store/graph-store.ts";
import { escapeXml } from "./escape-xml.ts";
import { GEXF_EDGE_ATTRIBUTES, GEXF_NODE_ATTRIBUTES, xmlAttributeValues } from "./export-gexf.ts";
import type { TextSink } from "./text-sink.ts";

const keys = (
  domain: "node" | "edge",
  prefix: string,
  columns: ReadonlyArray<readonly [string, string, unknown]>,
): string =>
  columns
    .map(([id, type]) => `  <key id="${prefix}${id}" for="${domain}" attr.name="${id}" attr.type="${type}"/>\n`)
    .join("");

/**
 * Writes the source as a GraphML document.
 *
 * @example await exportGraphml(store, streamSink(createWriteStream("news.graphml")));
 */
export async function exportGraphml(source: GraphSource, sink: TextSink): Promise<void> {
  await sink.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      '  <key id="label" for="node" attr.name="label" attr.type="string"/>\n' +
      keys("node", "n_", GEXF_NODE_ATTRIBUTES) +
      '  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>\n' +
      keys("edge", "e_", GEXF_EDGE_ATTRIBUTES) +
      '  <graph id="newsgraph" edgedefault="directed">\n',
  );
  const data = (prefix: string) => (id: string, value: string) => `<data key="${prefix}${id}">${value}</data>`;
  for await (const actor of source.actors()) {
    await sink.write(
      `    <node id="${escapeXml(actor.id)}"><data key="label">${escapeXml(actor.name)}</data>` +
        xmlAttributeValues(GEXF_NODE_ATTRIBUTES, actor, data("n_")) +
        "</node>\n",
    );
  }
  for await (const relation of source.relations()) {
    await sink.write(
      `    <edge id="${escapeXml(relation.id)}" source="${escapeXml(relation.subject)}" target="${escapeXml(relation.object)}">` +
        `<data key="e_label">${relation.type}</data>` +
        xmlAttributeValues(GEXF_EDGE_ATTRIBUTES, relation, data("e_")) +
        "</edge>\n",
    );
  }
  await sink.write("  </graph>\n</graphml>\n");
}
