// Writes the graph on screen as GEXF 1.3 (Gephi's format): nodes with label, type and position, edges with weight,
// relation type and quad class. Every attribute value is XML-escaped.

import type { DisplayGraph } from "./build-display-graph.ts";

const XML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Escapes text for an XML attribute or element, and drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

const round = (n: number): string => String(Math.round(n * 100) / 100);

/** The GEXF document for a display graph. */
export function writeGexf(graph: DisplayGraph, description = "newsgraph actor network"): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta><creator>newsgraph</creator><description>${escapeXml(description)}</description></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    '      <attribute id="actorType" title="actorType" type="string"/>',
    '      <attribute id="statements" title="statements" type="integer"/>',
    "    </attributes>",
    '    <attributes class="edge">',
    '      <attribute id="relation" title="relation" type="string"/>',
    '      <attribute id="quad" title="quad" type="string"/>',
    "    </attributes>",
    "    <nodes>",
  ];
  graph.forEachNode((node, a) => {
    lines.push(
      `      <node id="${escapeXml(node)}" label="${escapeXml(a.label)}">`,
      `        <attvalues><attvalue for="actorType" value="${escapeXml(a.actorType)}"/>` +
        `<attvalue for="statements" value="${a.statements}"/></attvalues>`,
      `        <viz:position x="${round(a.x)}" y="${round(a.y)}" z="0"/><viz:size value="${round(a.size)}"/>`,
      "      </node>",
    );
  });
  lines.push("    </nodes>", "    <edges>");
  graph.forEachEdge((edge, a, source, target) => {
    lines.push(
      `      <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}" ` +
        `weight="${a.count}">`,
      `        <attvalues><attvalue for="relation" value="${escapeXml(a.dominantType)}"/>` +
        `<attvalue for="quad" value="${escapeXml(a.quad)}"/></attvalues>`,
      "      </edge>",
    );
  });
  lines.push("    </edges>", "  </graph>", "</gexf>", "");
  return lines.join("\n");
}
