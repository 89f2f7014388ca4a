// Writes the graph on screen as GEXF 1.3 (Gephi's format): nodes with label, type, statements, position, size and
// colour; edges with weight, relation type, quad class, part (asserted or negated/hypothetical, as `kind`, so the two
// parts of a pair stay apart), thickness and colour. A dynamic graph: each edge lives from its first to its last
// statement date and each actor over its edges' dates, which Gephi's timeline reads. Every value is XML-escaped.

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

/** `#rrggbb` (or `#rgb`) → GEXF's viz:color attributes; grey for anything else. */
export function vizColor(color: string): string {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color)?.[1];
  const full = hex ? (hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex) : "999999";
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
  return `r="${r}" g="${g}" b="${b}"`;
}

/** start/end attributes of a date interval; open ends are left out. */
const interval = (start: string | null, end: string | null): string =>
  `${start ? ` start="${escapeXml(start.slice(0, 10))}"` : ""}${end ? ` end="${escapeXml(end.slice(0, 10))}"` : ""}`;

/** The GEXF document for a display graph. */
export function writeGexf(graph: DisplayGraph, description = "newsgraph actor network"): string {
  const nodeDates = new Map<string, { first: string | null; last: string | null }>();
  const widen = (node: string, first: string | null, last: string | null): void => {
    const span = nodeDates.get(node) ?? { first: null, last: null };
    if (first && (!span.first || first < span.first)) span.first = first;
    if (last && (!span.last || last > span.last)) span.last = last;
    nodeDates.set(node, span);
  };
  graph.forEachEdge((_edge, a, source, target) => {
    widen(source, a.firstDate, a.lastDate);
    widen(target, a.firstDate, a.lastDate);
  });
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta><creator>newsgraph</creator><description>${escapeXml(description)}</description></meta>`,
    '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">',
    '    <attributes class="node">',
    '      <attribute id="actorType" title="actorType" type="string"/>',
    '      <attribute id="statements" title="statements" type="integer"/>',
    '      <attribute id="community" title="community" type="integer"/>',
    "    </attributes>",
    '    <attributes class="edge">',
    '      <attribute id="relation" title="relation" type="string"/>',
    '      <attribute id="quad" title="quad" type="string"/>',
    '      <attribute id="statements" title="statements" type="integer"/>',
    '      <attribute id="part" title="part" type="string"/>',
    "    </attributes>",
    "    <nodes>",
  ];
  graph.forEachNode((node, a) => {
    const span = nodeDates.get(node);
    lines.push(
      `      <node id="${escapeXml(node)}" label="${escapeXml(a.label)}"${interval(span?.first ?? null, span?.last ?? null)}>`,
      `        <attvalues><attvalue for="actorType" value="${escapeXml(a.actorType)}"/>` +
        `<attvalue for="statements" value="${a.statements}"/><attvalue for="community" value="${a.community}"/></attvalues>`,
      `        <viz:color ${vizColor(a.color)}/><viz:position x="${round(a.x)}" y="${round(a.y)}" z="0"/>` +
        `<viz:size value="${round(a.size)}"/>`,
      "      </node>",
    );
  });
  lines.push("    </nodes>", "    <edges>");
  graph.forEachEdge((edge, a, source, target) => {
    lines.push(
      `      <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}" ` +
        `weight="${a.partCount}" kind="${a.part}"${interval(a.firstDate, a.lastDate)}>`,
      `        <attvalues><attvalue for="relation" value="${escapeXml(a.dominantType)}"/>` +
        `<attvalue for="quad" value="${escapeXml(a.quad)}"/><attvalue for="statements" value="${a.partCount}"/>` +
        `<attvalue for="part" value="${a.part}"/></attvalues>`,
      `        <viz:color ${vizColor(a.color)}/><viz:thickness value="${round(a.size)}"/>` +
        (a.part === "hedged" ? '<viz:shape value="dashed"/>' : ""),
      "      </edge>",
    );
  });
  lines.push("    </edges>", "  </graph>", "</gexf>", "");
  return lines.join("\n");
}
