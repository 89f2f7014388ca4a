import { describe, expect, it } from "vitest";
import { createResponseLinker } from "../../../ingest/respond/create-response-linker.ts";
import { datedStatement, type DatedStatement } from "../../../ingest/respond/dated-statement.ts";
import { findResponseCue } from "../../../ingest/respond/find-response-cue.ts";
import { claimContentWords, sharesContent, statesClaim, verbStem } from "../../../ingest/respond/named-answers.ts";
import { createInMemoryResponseHistory } from "../../../ingest/respond/response-history.ts";
import type { StatementSpec } from "../resolve/fixtures/build-extraction.ts";
import {
  linkBySentence,
  m,
  resolveArticles,
  says,
  type ArticleSpec,
  type LinkBySentence,
} from "./fixtures/resolve-articles.ts";

describe("verbStem", () => {
  it.each([
    ["moving", "moved", "moves", "move"],
    ["shelled", "shelling", "shells", "shell"],
    ["stopped", "stopping", "stops", "stop"],
    ["withdrew", "withdrawn", "withdrawing", "withdraw"],
    ["massed", "massing", "masses", "mass"],
    ["agreed", "agrees", "agreeing", "agree"],
  ])("gives %s, %s, %s and %s one stem", (...forms) => {
    expect(new Set(forms.map(verbStem)).size).toBe(1);
  });

  it.each([
    ["moving", "mounting"],
    ["shelled", "shed"],
    ["planned", "plant"],
  ])("keeps %s and %s apart", (a, b) => {
    expect(verbStem(a)).not.toBe(verbStem(b));
  });
});

/** The first statement of a one-article fixture, dated. */
function statementOf(
  sentence: string,
  subject: string,
  type: Parameters<typeof says>[2],
  verb: string,
  object: string,
): DatedStatement {
  const { relations, articles } = resolveArticles([
    {
      id: "a1",
      published: "2022-02-16",
      mentions: [m(subject, "COUNTRY"), m(object, "COUNTRY")],
      statements: [says(sentence, subject, type, verb, object)],
    },
  ]);
  return datedStatement(relations[0]!, articles);
}

describe("claim content", () => {
  it.each<{ sentence: string; verb: string; words: string[] | null }>([
    {
      sentence: "Canada said Russia's claim that it was pulling troops back from the border was false.",
      verb: "false",
      words: ["that", "it", "was", "pulling", "troops", "back", "from", "the", "border", "was"],
    },
    {
      sentence: "Canada rejected claims that Russia had pulled its troops back; officials said more had arrived.",
      verb: "rejected",
      words: ["that", "russia", "had", "pulled", "its", "troops", "back"],
    },
    { sentence: "Canada rejected the claims made by Russia on Tuesday.", verb: "rejected", words: null },
  ])("reads the stated content of '$sentence'", ({ sentence, verb, words }) => {
    const reply = statementOf(sentence, "Canada", "REJECT", verb, "Russia");
    const cue = findResponseCue(reply);
    expect(cue && claimContentWords(reply, cue)).toEqual(words);
  });

  it.each<{ claim: [string, string]; named: boolean }>([
    { claim: ["Russia says its troops are pulling back from Belarus.", "pulling"], named: true },
    { claim: ["Russia pulled two battalions back from Belarus on Tuesday.", "pulled"], named: true },
    { claim: ["Russia sent more troops to Belarus.", "sent"], named: false },
    // A verb of saying names no act, whatever the content says.
    { claim: ["Russia was pulling troops back from Belarus, the Kremlin said.", "said"], named: false },
  ])("names '$claim.0' by its verb: $named", ({ claim, named }) => {
    const [sentence, verb] = claim;
    const answered = statementOf(sentence, "Russia", "RETREAT", verb, "Belarus");
    expect(statesClaim(["that", "it", "was", "pulling", "troops", "back", "they", "said"], answered)).toBe(named);
  });
});

describe("sharesContent", () => {
  const content = ["that", "the", "military", "would", "intervene", "in", "the", "east"];
  it.each([
    { sentence: "Kyiv warned that troops could intervene in the east.", shares: true },
    { sentence: "Officials condemned the use of force against demonstrators.", shares: false },
    // Function words and short words tell nothing of the claim.
    { sentence: "That would be the end of it, he said.", shares: false },
  ])("'$sentence': $shares", ({ sentence, shares }) => {
    expect(sharesContent(content, sentence)).toBe(shares);
  });
});

const RUSSIA = m("Russia", "COUNTRY");
const BELARUS = m("Belarus", "COUNTRY");
const CANADA = m("Canada", "COUNTRY");

/** Moscow's withdrawal claim towards Belarus, then Canada's verdict on it (or the verdict first, as a lead). */
function withdrawalStory(claim: string, verb: string, verdictFirst = false): ArticleSpec {
  const withdrawal = says(claim, "Russia", "RETREAT", verb, "Belarus", {
    subjectText: "Moscow",
    objectText: "Belarus",
  });
  const verdict = says(
    "Russia's claim that it is pulling its troops back from Belarus is false, according to a Canadian official.",
    "Canada",
    "REJECT",
    "false",
    "Russia",
    { subjectText: "Canadian", objectText: "Russia" },
  );
  return {
    id: "a1",
    published: "2022-02-16",
    mentions: [RUSSIA, BELARUS, CANADA],
    statements: verdictFirst ? [verdict, withdrawal] : [withdrawal, verdict],
  };
}

const VERDICT =
  "Russia's claim that it is pulling its troops back from Belarus is false, according to a Canadian official.";
const VERDICT_CUE = "claim that it is pulling its troops back from Belarus is false";

const IRAN_LAUNCHED = says(
  "Iran launched hundreds of drones and missiles at Israel overnight.",
  "Iran",
  "ATTACK",
  "launched",
  "Israel",
);

/** One report from 14 April 2024 about Iran, Israel and NATO. */
const iranStory = (statements: StatementSpec[]): ArticleSpec => ({
  id: "a1",
  published: "2024-04-14",
  mentions: [m("Iran", "COUNTRY"), m("Israel", "COUNTRY"), m("NATO", "ORGANIZATION")],
  statements,
});

/** Russia's rejection of claims it spells out: that its troops were massing near the border. */
const REJECTS_MASSING_CLAIMS = says(
  "Russia rejected claims that its troops were massing near the border.",
  "Russia",
  "REJECT",
  "rejected",
  "Canada",
  { objectText: "claims" },
);

describe("answers named about a third party", () => {
  it.each<{ title: string; articles: ArticleSpec[]; expected: LinkBySentence[] }>([
    {
      title: "links a verdict on a claim whose content it states to that claim, whomever the claim was about",
      articles: [withdrawalStory("Moscow says it is pulling its troops back from Belarus.", "pulling")],
      expected: [[VERDICT, "Moscow says it is pulling its troops back from Belarus.", VERDICT_CUE, 0, 0.9]],
    },
    {
      title: "links a lead's verdict to the claim the body reports after it",
      articles: [withdrawalStory("Moscow says it is pulling its troops back from Belarus.", "pulling", true)],
      expected: [[VERDICT, "Moscow says it is pulling its troops back from Belarus.", VERDICT_CUE, 0, 0.9]],
    },
    {
      title: "links nothing when the stated content does not name the act",
      articles: [withdrawalStory("Moscow says its troops left Belarus after the drills.", "left")],
      expected: [],
    },
    {
      title: "links a rejection of a claim it spells out to the statement that tells it",
      articles: [
        {
          id: "a1",
          published: "2022-02-16",
          mentions: [RUSSIA, CANADA],
          statements: [
            says("Canada said Russian troops were massing near the border.", "Canada", "ACCUSE", "said", "Russia", {
              objectText: "Russian",
            }),
            REJECTS_MASSING_CLAIMS,
          ],
        },
      ],
      expected: [
        [
          "Russia rejected claims that its troops were massing near the border.",
          "Canada said Russian troops were massing near the border.",
          "rejected claims",
          0,
          0.9,
        ],
      ],
    },
    {
      title: "links a rejection of a claim it spells out to no statement that tells something else",
      articles: [
        {
          id: "a1",
          published: "2022-02-16",
          mentions: [RUSSIA, CANADA],
          statements: [
            says("Canada accused Russia of blocking grain exports.", "Canada", "ACCUSE", "accused", "Russia"),
            REJECTS_MASSING_CLAIMS,
          ],
        },
      ],
      expected: [],
    },
    {
      title: "links a condemnation of an attack to the attack on someone else its article reports",
      articles: [
        iranStory([
          IRAN_LAUNCHED,
          says("NATO condemned the Iranian attack on Israel.", "NATO", "CRITICIZE", "condemned", "Iran", {
            objectText: "Iranian",
          }),
        ]),
      ],
      expected: [
        [
          "NATO condemned the Iranian attack on Israel.",
          "Iran launched hundreds of drones and missiles at Israel overnight.",
          "condemned the Iranian attack",
          0,
          0.9,
        ],
      ],
    },
    {
      title: "takes the act named in the reply's own words before an earlier one",
      articles: [
        iranStory([
          says("Iran seized a cargo ship linked to Israel on Saturday.", "Iran", "COERCE", "seized", "Israel"),
          IRAN_LAUNCHED,
          says("NATO condemned the Iranian attack on Israel.", "Iran", "ATTACK", "attack", "Israel"),
          says("NATO condemned the Iranian attack on Israel.", "NATO", "CRITICIZE", "condemned", "Iran", {
            objectText: "Iranian",
          }),
        ]),
      ],
      expected: [
        [
          "NATO condemned the Iranian attack on Israel.",
          "NATO condemned the Iranian attack on Israel.",
          "condemned the Iranian attack",
          0,
          0.9,
        ],
      ],
    },
    {
      title: "links a condemnation of a leader to the act of the state he leads",
      articles: [
        {
          id: "a1",
          published: "2022-03-31",
          mentions: [m("Vladimir Putin", "PERSON", { affiliation: "Russia" }), RUSSIA, m("Ukraine", "COUNTRY"), CANADA],
          statements: [
            says("Russia invaded Ukraine in February.", "Russia", "ATTACK", "invaded", "Ukraine"),
            says(
              "The Canadian opposition leader slammed Putin for his aggression.",
              "Canada",
              "CRITICIZE",
              "slammed",
              "Vladimir Putin",
              {
                subjectText: "Canadian",
                objectText: "Putin",
              },
            ),
          ],
        },
      ],
      expected: [
        [
          "The Canadian opposition leader slammed Putin for his aggression.",
          "Russia invaded Ukraine in February.",
          "slammed Putin for his aggression",
          0,
          0.77,
        ],
      ],
    },
    {
      title: "takes no act for a denial, which refuses something rather than answering an act",
      articles: [
        {
          id: "a1",
          published: "2023-04-01",
          mentions: [m("United States", "COUNTRY"), m("Ukraine", "COUNTRY"), RUSSIA],
          statements: [
            says("Ukraine struck Russian positions near the river.", "Ukraine", "ATTACK", "struck", "Russia", {
              objectText: "Russian",
            }),
            says(
              "Washington is denying Kyiv the long-range strike capability it asked for.",
              "United States",
              "DENY",
              "denying",
              "Ukraine",
              {
                subjectText: "Washington",
                objectText: "Kyiv",
              },
            ),
          ],
        },
      ],
      expected: [],
    },
    {
      title: "takes no act for a condemnation only planned",
      articles: [
        iranStory([
          IRAN_LAUNCHED,
          says("NATO is expected to condemn the Iranian attack on Israel.", "NATO", "CRITICIZE", "condemn", "Iran", {
            objectText: "Iranian",
            hypothetical: true,
          }),
        ]),
      ],
      expected: [],
    },
  ])("$title", ({ articles, expected }) => {
    expect(linkBySentence(articles)).toEqual(expected);
  });

  /** The story resolved: the verdict and the claim it names, dated. */
  function story(): {
    verdict: DatedStatement;
    claim: DatedStatement;
    actors: ReturnType<typeof resolveArticles>["actors"];
  } {
    const { relations, articles, actors } = resolveArticles([
      withdrawalStory("Moscow says it is pulling its troops back from Belarus.", "pulling"),
    ]);
    const dated = relations.map((relation) => datedStatement(relation, articles));
    return {
      verdict: dated.find((s) => s.type === "REJECT")!,
      claim: dated.find((s) => s.type === "RETREAT")!,
      actors,
    };
  }

  it("keeps the link when the stored verdict is linked again, from its current answer or from the history", () => {
    const { verdict, claim, actors } = story();
    const linker = createResponseLinker();
    const empty = new Map();
    // Linked again with its current answer: no other statement of its article is in the batch.
    const withCurrent = linker.link(
      [],
      empty,
      createInMemoryResponseHistory([], actors),
      [verdict],
      new Map([[verdict.id, claim]]),
    );
    expect(withCurrent.map((l) => [l.from, l.to])).toEqual([[verdict.id, claim.id]]);
    // Linked again from its history (its speaker's affiliation changed): the store returns the article's claims.
    const requests = linker.historyRequests([], empty, undefined, [verdict]);
    expect(requests.filter((request) => request.anyObject)).toEqual([
      { subject: "russia", object: "canada", from: "2022-01-17", to: "2022-02-16", article: "a1", anyObject: true },
    ]);
    const fromHistory = linker.link([], empty, createInMemoryResponseHistory([claim], actors), [verdict]);
    expect(fromHistory.map((l) => [l.from, l.to])).toEqual([[verdict.id, claim.id]]);
  });

  it.each([
    { title: "the claim its content names", speaker: "russia", article: "a1", body: null, may: true },
    { title: "not a claim of another article", speaker: "russia", article: "a2", body: null, may: false },
    {
      title: "the claim of the body the answered actor belongs to",
      speaker: "csto",
      article: "a1",
      body: "csto",
      may: true,
    },
    { title: "not a claim of a third party's", speaker: "belarus", article: "a1", body: null, may: false },
  ])("may still answer $title: $may", ({ speaker, article, body, may }) => {
    const { verdict, claim } = story();
    const affiliationOf = (actor: string): string | null => (actor === "russia" ? body : null);
    expect(createResponseLinker().mayAnswer(verdict, { ...claim, subject: speaker, article }, affiliationOf)).toBe(may);
  });

  it("asks no article's claims for a new reply: its article is in the batch", () => {
    const { relations, articles } = resolveArticles([
      withdrawalStory("Moscow says it is pulling its troops back from Belarus.", "pulling"),
    ]);
    expect(
      createResponseLinker()
        .historyRequests(relations, articles)
        .some((request) => request.anyObject),
    ).toBe(false);
  });
});
