import { describe, expect, it } from "vitest";
import { buildDisplayGraph } from "../../viewer/src/build-display-graph.ts";
import { escapeXml, writeGexf } from "../../viewer/src/write-gexf.ts";
import { smallActorGraph } from "./display-graph-fixture.ts";

describe("escapeXml", () => {
  const rows = [
    { text: "AT&T", expected: "AT&amp;T" },
    { text: "<img src=x onerror=alert(1)>", expected: "&lt;img src=x onerror=alert(1)&gt;" },
    { text: `"the alliance" 'NATO'`, expected: "&quot;the alliance&quot; &apos;NATO&apos;" },
    { text: "bell\u0007 and form feed\u000c", expected: "bell and form feed" },
  ];
  for (const row of rows) {
    it(`escapes ${JSON.stringify(row.text)}`, () => {
      expect(escapeXml(row.text)).toEqual(row.expected);
    });
  }
});

describe("writeGexf", () => {
  it("writes every node and edge with its attributes, escaping hostile labels", () => {
    const data = smallActorGraph();
    const first = data.nodes?.[0];
    if (first?.attributes) first.attributes.label = `Jens "<b>" Stoltenberg`;
    const graph = buildDisplayGraph(data);
    graph.forEachNode((node) => graph.mergeNodeAttributes(node, { x: 1.234, y: -5, size: 7 }));
    const xml = writeGexf(graph);
    expect(xml.match(/<node /g)?.length).toEqual(5);
    expect(xml.match(/<edge /g)?.length).toEqual(5);
    expect(xml).toContain(`<node id="jens-stoltenberg" label="Jens &quot;&lt;b&gt;&quot; Stoltenberg">`);
    expect(xml).toContain(
      `<edge id="jens-stoltenberg-&gt;russia" source="jens-stoltenberg" target="russia" weight="4">`,
    );
    expect(xml).toContain(`<attvalue for="relation" value="WARN"/><attvalue for="quad" value="VERBAL_CONFLICT"/>`);
    expect(xml).toContain(`<viz:position x="1.23" y="-5" z="0"/><viz:size value="7"/>`);
    expect(xml).not.toContain("<b>");
  });
});
