// The shipped syntax model's whole output (tags, heads and relations of every word) on news sentences the team wrote,
// compared with the output stored beside this file. Speed work on the tagger and parser (hashing, table layouts,
// caches) must leave every tag, head and label as it was; a change of the model itself updates the stored output
// with `npx vitest run test/ingest/syntax/shipped-model-outputs.test.ts -u`, reviewed in the diff.
import { describe, expect, it } from "vitest";
import { analyzeText } from "../../../ingest/nlp/analyze-text.ts";
import { loadWinkReader } from "../../../ingest/nlp/create-wink-reader.ts";
import { loadSyntaxModel, readSyntaxModelFile } from "../../../ingest/syntax/load-syntax-model.ts";
import { MAX_PARSE_WORDS } from "../../../ingest/syntax/syntax-model.ts";
import { packageFile } from "../../../ingest/package-files.ts";

const syntax = loadSyntaxModel();
const reader = loadWinkReader();

const NEWS = [
  "NATO Secretary-General Jens Stoltenberg warned on Tuesday that Moscow would pay a high price for any new aggression.",
  "The Kremlin denied having any plans to invade, saying the 100,000 troops near the border were there for exercises.",
  "“We will not be intimidated,” the foreign minister told reporters in Kyiv, adding that talks would continue.",
  "Germany, France and Italy condemned the shelling of the power plant and called for an independent inquiry.",
  "The convoy was stopped by Ukrainian forces outside the town, according to a statement from the regional governor.",
  "If the sanctions are lifted, the company said it would resume deliveries of grain within two weeks.",
  "Peskov dismissed the allegations as “absurd” and accused Western media of spreading panic.",
  "The EU's foreign-policy chief, who met his Turkish counterpart in Ankara, urged both sides to return to talks.",
  "Officials in Washington have been accusing Russia of preparing a pretext to attack its neighbour.",
  "Two people were killed and 14 injured when a missile hit an apartment block in Kharkiv at 5.30am on Thursday.",
  "Will the ceasefire hold? Analysts in London and Warsaw doubt it, pointing to repeated violations since March.",
  "The IMF approved a $1.4bn emergency loan, its third since the war began in February 2022.",
  "President Zelenskyy's office said pro-Russian hackers had disrupted the websites of several ministries.",
  "SANCTIONS TIGHTENED AS TALKS STALL IN GENEVA",
  "Belarus, together with Russia, held joint drills near the Polish border last month.",
  "Moscow wants guarantees that Kyiv will never join the alliance, a demand NATO has rejected outright.",
  "The bridge, which links the peninsula to the mainland, was damaged by an explosion early on Saturday.",
  "Prices for wheat rose 7% after the ports were blockaded; exporters in Egypt and Lebanon scrambled for supplies.",
  "He said he had been told by officials not to speak to journalists about the evacuation.",
  "Neither side has commented on the report, which cites three people familiar with the negotiations.",
  "Sweden and Finland applied to join NATO in May, ending decades of military non-alignment.",
  "The ministry's spokeswoman, Maria Zakharova, called the decision “a provocation” and promised a response.",
  "Troops withdrew from positions around the capital – a move Ukrainian officials described as a regrouping.",
  "At least 1,300 civilians have been evacuated from the besieged city since the corridor opened on 3 May.",
  "Ukraine's parliament voted 298–12 to extend martial law for another ninety days.",
  "Read more: what we know about the attack on the Kerch bridge",
  "The UN secretary-general, António Guterres, is expected to visit Moscow and Kyiv next week.",
  "It is not clear whether the drones were launched from Belarusian territory, the air force said.",
];

/** A list without full stops, longer than one parse window: it is parsed in windows of MAX_PARSE_WORDS words. */
const LONG_LIST = `The sanctions list names ${Array.from(
  { length: 60 },
  (_, i) => `company ${i + 1}, its director`,
).join(", ")} and their partners abroad`;

/** Every word of the text as one line: form, UPOS, XPOS, head (word number, 0 for the root) and relation. */
function analysed(model: typeof syntax, text: string): string {
  const { tokens, sentences } = analyzeText(reader, text, { syntax: model });
  const lines: string[] = [];
  for (const sentence of sentences) {
    const words: number[] = [];
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) if (tokens[i]?.pos !== "SPACE") words.push(i);
    const number = new Map(words.map((token, w) => [token, w + 1]));
    for (const token of words.map((i) => tokens[i])) {
      if (!token) continue;
      const head = token.head < 0 ? 0 : (number.get(token.head) ?? -1);
      lines.push([token.text, token.upos, token.xpos, head, token.deprel].join("\t"));
    }
    lines.push("");
  }
  return lines.join("\n");
}

describe("the shipped syntax model's output", () => {
  it("tags and parses the team's news sentences exactly as stored", async () => {
    const out = NEWS.map((text) => `# ${text}\n${analysed(syntax, text)}`).join("\n");
    await expect(out).toMatchFileSnapshot("./__snapshots__/shipped-model-outputs.txt");
  });

  it("parses a sentence longer than one window in windows, exactly as stored", async () => {
    const out = analysed(syntax, LONG_LIST);
    expect(out.split("\n").filter((line) => line.endsWith("\troot")).length).toBeGreaterThan(1);
    expect(out.split("\n").length).toBeGreaterThan(MAX_PARSE_WORDS);
    await expect(out).toMatchFileSnapshot("./__snapshots__/shipped-model-long-list.txt");
  });

  it("gives the same output from a second copy of the model, and from the same copy twice", () => {
    const other = readSyntaxModelFile(packageFile("models", "en-news-syntax.bin"));
    const text = NEWS.join(" ");
    const first = analysed(syntax, text);
    expect(analysed(other, text)).toBe(first);
    expect(analysed(syntax, text)).toBe(first);
  });
});
