import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UsageError } from "../../graph-schema/index.ts";
import { PERSON_NAME_COUNT, personName } from "../../bench/person-names.ts";
import {
  resolveSyntheticCorpusOptions,
  syntheticArticle,
  writeSyntheticCorpus,
  type CorpusTemplate,
  type SyntheticArticle,
} from "../../bench/synthetic-corpus.ts";

const TEMPLATES: CorpusTemplate[] = [
  {
    origin: "test/summit.md",
    title: "Scholz and Macron urge Putin to pull troops back",
    published: "2022-02-08",
    paragraphs: [
      "German Chancellor Olaf Scholz and French President Emmanuel Macron urged Vladimir Putin on Tuesday to pull his troops back from the border with Ukraine.",
      "Scholz said Germany and France would stand together with Poland if the crisis deepened.",
      "Macron, who had flown to Moscow the day before, said Putin had promised not to escalate.",
      "The Kremlin said no such promise had been made, and Putin accused the West of ignoring Russia's demands.",
      "Officials in Kyiv welcomed the visit but said Ukraine would not give up any territory.",
    ],
    persons: [
      ["Olaf Scholz", "Scholz"],
      ["Emmanuel Macron", "Macron"],
      ["Vladimir Putin", "Putin"],
    ],
    countries: ["Germany", "France", "Poland", "Ukraine"],
  },
  {
    origin: "test/minsk.md",
    title: null,
    published: null,
    paragraphs: [
      "Foreign Minister Dmytro Kuleba said on Monday that Ukraine would not hold direct talks with the separatists.",
      "Kuleba told reporters that any talks would follow the Normandy format with Germany and France.",
      "Russian Foreign Minister Sergei Lavrov replied that Kyiv was avoiding its commitments.",
      "Lavrov said Russia would put the matter to the UN Security Council.",
    ],
    persons: [
      ["Dmytro Kuleba", "Kuleba"],
      ["Sergei Lavrov", "Lavrov"],
    ],
    countries: ["Ukraine", "Germany", "France", "Russia"],
  },
];

const COUNTRY_POOL = ["Austria", "Belgium", "Canada", "Denmark", "Estonia", "Finland", "Georgia", "Hungary"];
const options = resolveSyntheticCorpusOptions({ articles: 400, countryPool: COUNTRY_POOL });
const dir = mkdtempSync(join(tmpdir(), "newsgraph-bench-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function readCorpus(file: string): SyntheticArticle[] {
  return readFileSync(file, "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as SyntheticArticle);
}

describe("syntheticArticle", () => {
  it("gives the same article for the same index, and another for another index", () => {
    expect(syntheticArticle(TEMPLATES, 17, options)).toEqual(syntheticArticle(TEMPLATES, 17, options));
    expect(syntheticArticle(TEMPLATES, 17, options).text).not.toEqual(syntheticArticle(TEMPLATES, 18, options).text);
  });

  it("replaces every template person, the surname by the same invented person's family name", () => {
    for (let index = 0; index < 50; index++) {
      const article = syntheticArticle(TEMPLATES, index, options);
      const people = [
        "Scholz",
        "Macron",
        "Putin",
        "Kuleba",
        "Lavrov",
        "Olaf",
        "Emmanuel",
        "Vladimir",
        "Dmytro",
        "Sergei",
      ];
      expect(people.filter((name) => article.text.includes(name) || article.title.includes(name))).toEqual([]);
      const fullNames = [...article.text.matchAll(/\b(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)\b/gu)].map((match) => match[2]);
      expect(fullNames.length).toBeGreaterThan(0);
    }
  });

  it("keeps the lead paragraph first, then a shuffled subset of the others, each at most once", () => {
    const plain: CorpusTemplate = { ...(TEMPLATES[0] as CorpusTemplate), persons: [], countries: [] };
    const [lead, ...body] = plain.paragraphs;
    for (let index = 0; index < 30; index++) {
      const [first, ...rest] = syntheticArticle([plain], index, options).text.split("\n\n");
      expect(first).toEqual(lead);
      expect(rest.filter((paragraph) => !body.includes(paragraph))).toEqual([]);
      expect(new Set(rest).size).toEqual(rest.length);
    }
  });

  it("shifts dates within the allowed window around the templates' dates", () => {
    const dates = Array.from({ length: 200 }, (_, index) => syntheticArticle(TEMPLATES, index, options).published);
    const days = dates.map((date) => Date.parse(`${date}T00:00:00Z`));
    // The templates' dates: 2022-02-08, and none (shifted from 2022-06-01); at most 540 days either way.
    const low = Date.parse("2022-02-08T00:00:00Z") - 540 * 86_400_000;
    const high = Date.parse("2022-06-01T00:00:00Z") + 540 * 86_400_000;
    expect(days.filter((day) => day < low || day > high)).toEqual([]);
    expect(new Set(dates).size).toBeGreaterThan(100);
  });
});

describe("writeSyntheticCorpus", () => {
  it("writes the requested number of distinct JSONL articles, the same bytes on every run", () => {
    const first = writeSyntheticCorpus(join(dir, "a.jsonl"), TEMPLATES, options);
    const second = writeSyntheticCorpus(join(dir, "b.jsonl"), TEMPLATES, options);
    const articles = readCorpus(first.file);
    expect(articles.length).toEqual(400);
    expect(new Set(articles.map((article) => article.text)).size).toEqual(400);
    expect(readFileSync(first.file, "utf8")).toEqual(readFileSync(second.file, "utf8"));
    expect({ articles: first.articles, bytes: first.bytes }).toEqual({
      articles: second.articles,
      bytes: second.bytes,
    });
  });

  it("continues a corpus from firstIndex: the next articles of the same seed and cast, not a repeat", () => {
    const whole = readCorpus(writeSyntheticCorpus(join(dir, "whole.jsonl"), TEMPLATES, options).file);
    const next = readCorpus(
      writeSyntheticCorpus(join(dir, "next.jsonl"), TEMPLATES, { ...options, articles: 100, firstIndex: 300 }).file,
    );
    expect(next).toEqual(whole.slice(300));
    expect(() => resolveSyntheticCorpusOptions({ firstIndex: -1 })).toThrow(UsageError);
  });

  it("grows the cast with the corpus: more articles bring more distinct people", () => {
    const small = readCorpus(
      writeSyntheticCorpus(join(dir, "s.jsonl"), TEMPLATES, { articles: 50, countryPool: COUNTRY_POOL }).file,
    );
    const large = readCorpus(
      writeSyntheticCorpus(join(dir, "l.jsonl"), TEMPLATES, { articles: 400, countryPool: COUNTRY_POOL }).file,
    );
    const people = (articles: SyntheticArticle[]): number =>
      new Set(
        articles.flatMap((article) =>
          [...article.text.matchAll(/\b(\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)\b/gu)].map((match) => match[1]),
        ),
      ).size;
    expect(people(large)).toBeGreaterThan(people(small) * 2);
  });
});

describe("resolveSyntheticCorpusOptions", () => {
  it.each([
    { title: "zero articles", partial: { articles: 0 } },
    { title: "fractional articles", partial: { articles: 2.5 } },
    { title: "more people than names", partial: { people: PERSON_NAME_COUNT + 1 } },
    { title: "a drop rate of 1", partial: { paragraphDropRate: 1 } },
    { title: "a negative swap rate", partial: { countrySwapRate: -0.1 } },
  ])("rejects $title with a UsageError", ({ partial }) => {
    expect(() => resolveSyntheticCorpusOptions(partial)).toThrow(UsageError);
  });

  it.each([
    { articles: 100, people: 200 },
    { articles: 10_000, people: 2_500 },
    { articles: 1_000_000, people: PERSON_NAME_COUNT },
  ])("draws from $people invented people for $articles articles", ({ articles, people }) => {
    expect(resolveSyntheticCorpusOptions({ articles }).people).toEqual(people);
  });
});

describe("personName", () => {
  it("gives distinct names for distinct indexes below PERSON_NAME_COUNT", () => {
    const names = new Set(Array.from({ length: PERSON_NAME_COUNT }, (_, index) => personName(index).full));
    expect(names.size).toEqual(PERSON_NAME_COUNT);
  });
});
