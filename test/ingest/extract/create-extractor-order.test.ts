import { describe, expect, it } from "vitest";
import type { ArticleRecord } from "../../../graph-schema/index.ts";
import { createExtractor } from "../../../ingest/extract/create-extractor.ts";
import { createWinkReader } from "../../../ingest/nlp/create-wink-reader.ts";

// Pinned to wink-eng-lite-web-model 1.8.1: plain wink learns "Ukraine’s" whole from a sentence ending in it and then
// keeps it whole in later articles, where a fresh wink splits it into "Ukraine" + "’s".

function record(id: string): ArticleRecord {
  return {
    id,
    file: `${id}.txt`,
    title: "",
    published: "2024-03-05",
    source: null,
    url: null,
    contentHash: "",
    language: "en",
  };
}

const rows = [
  {
    title: "a curly possessive that ended a sentence of the earlier article",
    before:
      "Scholz says the next move is Russia’s\n\nGerman Chancellor Olaf Scholz said on Tuesday that the next move was Russia’s.",
    text:
      "Russia’s foreign minister warns NATO\n\nRussia’s Foreign Minister Sergei Lavrov warned NATO on Monday against " +
      "sending troops to Ukraine’s border. Russia’s envoy repeated the warning.",
  },
  {
    title: "a straight possessive that ended a sentence of the earlier article",
    before:
      "Biden says the decision is Ukraine's\n\nPresident Joe Biden said on Friday that any peace deal was a decision " +
      "for Kyiv, and the land was Ukraine's.",
    text:
      "Ukraine's president thanks Britain\n\nUkraine's President Volodymyr Zelensky thanked Britain on Sunday for new " +
      "air defence systems. Ukraine's army needs them, he said.",
  },
];

describe("createExtractor", () => {
  it.each(rows)("extracts an article the same whatever was read before it: $title", ({ before, text }) => {
    const afterOther = createExtractor({ nlp: createWinkReader() });
    afterOther.extract(record("before"), before);
    const alone = createExtractor({ nlp: createWinkReader() });
    expect(afterOther.extract(record("article"), text)).toEqual(alone.extract(record("article"), text));
  });
});
