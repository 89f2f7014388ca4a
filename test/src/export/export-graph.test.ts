import { Parser } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { SCHEMA_STATEMENTS } from "../../../graph-schema/neo4j-model.ts";
import { batchGraphSource } from "../../../src/export/batch-graph-source.ts";
import { escapeXml } from "../../../src/export/escape-xml.ts";
import { CSV_FILES, csvField } from "../../../src/export/export-csv.ts";
import { splitCypherScript } from "../../../src/export/export-cypher.ts";
import { EXPORT_FORMATS, exportGraph, type ExportFormat } from "../../../src/export/export-graph.ts";
import { stringSink } from "../../../src/export/text-sink.ts";
import { planGraphLoad } from "../../../src/neo4j/plan-graph-load.ts";
import { HOSTILE_ALIAS, HOSTILE_CUE, HOSTILE_NAME, hostileBatch } from "../neo4j/hostile-batch.ts";

async function exportText(format: ExportFormat): Promise<string> {
  const sink = stringSink();
  await exportGraph(format, batchGraphSource(hostileBatch()), {
    sink: async () => sink,
    openFile: () => Promise.reject(new Error("no files")),
  });
  return sink.text();
}

async function exportFolder(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const openFile = async (name: string) => {
    const sink = stringSink();
    return { write: sink.write, close: async () => void files.set(name, sink.text()) };
  };
  await exportGraph("csv", batchGraphSource(hostileBatch()), {
    sink: () => Promise.reject(new Error("no stream")),
    openFile,
  });
  return files;
}

/** Elements of an XML document with decoded attributes and text, in document order. */
function parseXml(xml: string): Array<{ name: string; attributes: Record<string, string>; text: string }> {
  const elements: Array<{ name: string; attributes: Record<string, string>; text: string }> = [];
  const open: number[] = [];
  const parser = new Parser(
    {
      onopentag: (name, attributes) => {
        open.push(elements.length);
        elements.push({ name, attributes, text: "" });
      },
      ontext: (text) => {
        const current = open.at(-1);
        if (current !== undefined) elements[current]!.text += text;
      },
      onclosetag: () => void open.pop(),
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return elements;
}

describe("escapeXml", () => {
  it.each([
    { text: `<img src=x onerror="alert(1)">`, expected: "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" },
    { text: "AT&T's", expected: "AT&amp;T&apos;s" },
    { text: "a\nb\tc", expected: "a&#10;b&#9;c" },
    { text: "bell\u0007 lone\uDC00", expected: "bell\uFFFD lone\uFFFD" },
  ])("escapes $text", ({ text, expected }) => {
    expect(escapeXml(text)).toEqual(expected);
  });
});

describe("exportGraph", () => {
  it("lists its formats", () => {
    expect(EXPORT_FORMATS).toEqual(["gexf", "graphml", "csv", "json", "cypher"]);
  });

  it("writes GEXF 1.3 whose nodes and edges read back with the hostile names, cues and sentences intact", async () => {
    const xml = await exportText("gexf");
    expect(xml.split("\n").slice(0, 4)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
      "  <meta>",
      "    <creator>newsgraph</creator>",
    ]);
    const elements = parseXml(xml);
    const nodes = elements.filter((e) => e.name === "node").map((e) => e.attributes.label);
    expect(nodes).toEqual(["Jens Stoltenberg", "Dmitry Peskov", "NATO", "Russia", "Kremlin", HOSTILE_NAME]);
    const edges = elements
      .filter((e) => e.name === "edge")
      .map((e) => [e.attributes.source, e.attributes.target, e.attributes.kind]);
    expect(edges).toEqual([
      ["jens-stoltenberg", "russia", "WARN"],
      ["dmitry-peskov", "nato", "REJECT"],
      ["evil-group", "nato", "ACCUSE"],
      ["jens-stoltenberg", "russia", "THREATEN"],
    ]);
    const values = elements.filter((e) => e.name === "attvalue").map((e) => e.attributes.value);
    expect(values).toContain(`${HOSTILE_ALIAS} | O'Brien "Quote" \\ group`);
    expect(values).toContain(HOSTILE_CUE);
    expect(values).toContain(hostileBatch().relations[2]!.sentence);
  });

  it("writes GraphML with declared keys and the same graph", async () => {
    const elements = parseXml(await exportText("graphml"));
    expect(
      elements
        .filter((e) => e.name === "key")
        .map((e) => `${e.attributes.for}:${e.attributes["attr.name"]}:${e.attributes["attr.type"]}`),
    ).toEqual([
      "node:label:string",
      "node:type:string",
      "node:aliases:string",
      "node:articles:integer",
      "node:affiliation:string",
      "edge:label:string",
      "edge:type:string",
      "edge:plover:string",
      "edge:quad:string",
      "edge:eventDate:string",
      "edge:article:string",
      "edge:sentence:string",
      "edge:cue:string",
      "edge:negated:boolean",
      "edge:hypothetical:boolean",
      "edge:confidence:double",
    ]);
    const hostile = elements.find((e) => e.name === "node" && e.attributes.id === "evil-group")!;
    expect(
      elements
        .filter((e) => e.name === "data" && elements.indexOf(e) > elements.indexOf(hostile))
        .slice(0, 3)
        .map((e) => e.text),
    ).toEqual([HOSTILE_NAME, "GROUP", `${HOSTILE_ALIAS} | O'Brien "Quote" \\ group`]);
    expect(elements.filter((e) => e.name === "edge").length).toEqual(4);
  });

  it("writes JSON in the extraction contract's shape, without article texts", async () => {
    const batch = hostileBatch();
    expect(JSON.parse(await exportText("json"))).toEqual({
      articles: batch.articles.map(({ text: _text, ...record }) => record),
      actors: batch.actors,
      relations: batch.relations,
      responses: batch.responses,
    });
  });

  it("writes a Cypher script of the schema and the loader's statements with literal rows", async () => {
    const statements = splitCypherScript(await exportText("cypher"));
    expect(statements.slice(0, SCHEMA_STATEMENTS.length)).toEqual([...SCHEMA_STATEMENTS]);
    const loads = statements.slice(SCHEMA_STATEMENTS.length);
    const steps = planGraphLoad(hostileBatch());
    expect(loads.map((s) => s.split("\n").slice(1).join("\n"))).toEqual(
      steps.map((s) => s.cypher.split("\n").slice(1).join("\n")),
    );
    for (const load of loads) {
      expect(load).toMatch(/^UNWIND \[\{/);
      expect(load).not.toContain("$rows");
    }
    expect(loads[0]!.split("\n")[0]!.length).toBeGreaterThan(100);
    const accuse = loads.find((s) => s.includes("[r:`ACCUSES`"))!;
    expect(accuse.split("\n")[0]).toContain("`cue`: 'accused`) DETACH DELETE n //'");
    expect(accuse.split("\n")[0]).toContain("NATO of \\'staging\\' \\\"provocations\\\" near the border.");
  });

  it("writes a neo4j-admin import folder: node and relationship files with typed headers, and import.sh", async () => {
    const files = await exportFolder();
    expect([...files.keys()].sort()).toEqual(
      [...Object.keys(CSV_FILES).map((name) => `${name}.csv`), "import.sh"].sort(),
    );
    const lines = (name: string) => files.get(name)!.trimEnd().split("\n");
    expect(lines("actors.csv")[0]).toEqual(CSV_FILES.actors);
    expect(lines("actors.csv")).toContain(
      `evil-group,${HOSTILE_NAME},GROUP,"${HOSTILE_ALIAS}\u001FO'Brien ""Quote"" \\ group","${HOSTILE_ALIAS} | O'Brien ""Quote"" \\ group",,"",Actor;Group`,
    );
    expect(lines("actor-links.csv").slice(1)).toEqual([
      "jens-stoltenberg,nato,AFFILIATED_WITH,,,",
      "jens-stoltenberg,nato,HEAD_OF,Secretary General,2022-01-25,a1",
      "dmitry-peskov,kremlin,SPOKESPERSON_OF,spokesman,2022-01-25,a1",
    ]);
    expect(
      lines("actor-statements.csv")
        .slice(1)
        .map((line) => line.split(",").slice(0, 4).join(",")),
    ).toEqual([
      "jens-stoltenberg,russia,WARNS,s-warn",
      "dmitry-peskov,nato,REJECTS,s-reject",
      "evil-group,nato,ACCUSES,s-accuse",
      "jens-stoltenberg,russia,THREATENS,s-threaten",
    ]);
    expect(lines("statement-actors.csv").length).toEqual(1 + 4 * 2 + 3);
    expect(lines("responses.csv")).toEqual([
      CSV_FILES.responses,
      "s-reject,s-warn,RESPONDS_TO,rejected the warning,0,0.8",
    ]);
    expect(files.get("import.sh")).toContain("--nodes=statements.csv \\\n  --relationships=mentions.csv");
    // The second article's text holds a line break: the field stays one quoted field.
    expect(files.get("articles.csv")).toContain(
      '"The group Evil`]->() DETACH DELETE n // accused`) DETACH DELETE n // NATO of \'staging\' ""provocations"" near the border.\nStoltenberg',
    );
  });

  it.each([
    { value: null, expected: "" },
    { value: "", expected: '""' },
    { value: "plain", expected: "plain" },
    { value: "a,b", expected: '"a,b"' },
    { value: " padded ", expected: '" padded "' },
    { value: ["x", "y;z"], expected: "x\u001Fy;z" },
    { value: 0.75, expected: "0.75" },
    { value: false, expected: "false" },
    // Formula cells are neutralised (a spreadsheet opening the export runs nothing); numbers stay numbers.
    { value: '=HYPERLINK("http://x.example","click")', expected: `"'=HYPERLINK(""http://x.example"",""click"")"` },
    { value: "+7 troops", expected: "'+7 troops" },
    { value: "-2+3", expected: "'-2+3" },
    { value: "@SUM(A1)", expected: "'@SUM(A1)" },
    { value: "\tTAB", expected: "'\tTAB" },
    { value: ["=1+1", "x"], expected: "'=1+1\u001Fx" },
    { value: -3, expected: "-3" },
    { value: "-0.5", expected: "-0.5" },
  ])("writes the CSV field $value as $expected", ({ value, expected }) => {
    expect(csvField(value)).toEqual(expected);
  });
});
