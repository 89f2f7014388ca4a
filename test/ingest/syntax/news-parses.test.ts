// The shipped parser on news sentences the team wrote: the arcs extraction relies on. Each row lists arcs as
// "dependent relation head" over the sentence's words; the parse must contain every one of them.
import { describe, expect, it } from "vitest";
import { analyzeText } from "../../../ingest/nlp/analyze-text.ts";
import { loadWinkReader } from "../../../ingest/nlp/create-wink-reader.ts";
import { loadSyntaxModel } from "../../../ingest/syntax/load-syntax-model.ts";

const syntax = loadSyntaxModel();
const reader = loadWinkReader();

/** Every arc of the text as "dependent relation head" ("root" arcs as "word root ROOT"). */
function arcs(text: string): string[] {
  const { tokens } = analyzeText(reader, text, { syntax });
  return tokens
    .filter((t) => t.pos !== "SPACE")
    .map((t) => `${t.text} ${t.deprel} ${t.head < 0 ? "ROOT" : tokens[t.head]?.text}`);
}

describe("the shipped parser on news sentences", () => {
  it.each([
    {
      title: "subject and object of a reporting verb's complement",
      text: "Stoltenberg said Moscow has deployed thousands of troops near the border.",
      expected: [
        "Stoltenberg nsubj said",
        "said root ROOT",
        "deployed ccomp said",
        "Moscow nsubj deployed",
        "thousands obj deployed",
      ],
    },
    {
      title: "a reporting verb after the quote",
      text: '"We will never accept these demands," Peskov told reporters.',
      expected: ["Peskov nsubj told", "reporters iobj told", "accept ccomp told", "demands obj accept"],
    },
    {
      title: "coordinated subjects",
      text: "Germany, France and Italy condemned the attack.",
      expected: ["Germany nsubj condemned", "France conj Germany", "Italy conj France", "attack obj condemned"],
    },
    {
      title: "a passive with its agent",
      text: "The sanctions were announced by the European Union on Monday.",
      expected: ["sanctions nsubj:pass announced", "were aux:pass announced", "Union obl:agent announced"],
    },
    {
      title: "a control verb: the object does what it is urged to",
      text: "NATO called on Russia to withdraw its forces.",
      expected: ["NATO nsubj called", "Russia obl called", "withdraw xcomp called", "forces obj withdraw"],
    },
    {
      title: "a relative clause on the subject",
      text: "Scholz, who visited Kyiv last week, promised more weapons.",
      expected: ["visited acl:relcl Scholz", "who nsubj visited", "Kyiv obj visited"],
    },
    {
      title: "an if-clause under the main verb",
      text: "The West will impose sanctions if Russia invades Ukraine.",
      expected: [
        "invades advcl impose",
        "If mark invades".replace("If", "if"),
        "Russia nsubj invades",
        "Ukraine obj invades",
        "sanctions obj impose",
      ],
    },
    {
      title: "an accusation with its object and content",
      text: "Kyiv accused Moscow of shelling civilian areas.",
      expected: ["Kyiv nsubj accused", "Moscow obj accused", "areas obj shelling"],
    },
  ])("$title", ({ text, expected }) => {
    expect(arcs(text)).toEqual(expect.arrayContaining(expected));
  });
});
