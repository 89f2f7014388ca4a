import { describe, expect, it } from "vitest";
import { buildDisplayGraph } from "../../viewer/src/build-display-graph.ts";
import { escapeXml, vizColor, writeGexf } from "../../viewer/src/write-gexf.ts";
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

describe("vizColor", () => {
  it.each([
    { color: "#0072b2", expected: 'r="0" g="114" b="178"' },
    { color: "#fff", expected: 'r="255" g="255" b="255"' },
    { color: "rebeccapurple", expected: 'r="153" g="153" b="153"' },
  ])("turns $color into GEXF's r g b", ({ color, expected }) => {
    expect(vizColor(color)).toBe(expected);
  });
});

describe("writeGexf", () => {
  it("writes every node and edge with colours, sizes and date intervals, escaping hostile labels", () => {
    const data = smallActorGraph();
    const first = data.nodes?.[0];
    if (first?.attributes) first.attributes.label = `Jens "<b>" Stoltenberg`;
    const belarus = data.edges?.find((e) => e.key === "russia->belarus");
    Object.assign(belarus!.attributes!, { firstDate: "2022-02-01", lastDate: "2022-02-03", negated: 1, asserted: 0 });
    const graph = buildDisplayGraph(data);
    graph.forEachNode((node) =>
      graph.mergeNodeAttributes(node, { x: 1.234, y: -5, size: 7, color: "#009e73", community: 2 }),
    );
    const xml = writeGexf(graph);
    expect(xml).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
    expect(xml.match(/<node /g)?.length).toEqual(5);
    expect(xml.match(/<edge /g)?.length).toEqual(5);
    expect(xml).toContain(
      `<node id="jens-stoltenberg" label="Jens &quot;&lt;b&gt;&quot; Stoltenberg" start="2022-01-10" end="2022-02-24">`,
    );
    // Belarus lives only as long as its one edge.
    expect(xml).toContain(`<node id="belarus" label="Belarus" start="2022-02-01" end="2022-02-03">`);
    expect(xml).toContain(
      `<edge id="jens-stoltenberg-&gt;russia" source="jens-stoltenberg" target="russia" weight="4" kind="asserted" start="2022-01-10" end="2022-02-24">`,
    );
    expect(xml).toContain(`<edge id="russia-&gt;belarus" source="russia" target="belarus" weight="1" kind="hedged"`);
    expect(xml).toContain('<viz:thickness value="1.2"/><viz:shape value="dashed"/>');
    expect(xml).toContain(
      `<viz:color r="0" g="158" b="115"/><viz:position x="1.23" y="-5" z="0"/><viz:size value="7"/>`,
    );
    expect(xml).toContain(`<viz:color r="244" g="165" b="130"/>`);
    expect(xml).not.toContain("<b>");
  });
});
