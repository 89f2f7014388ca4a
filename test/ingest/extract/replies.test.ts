import { describe, expect, it } from "vitest";
import { createExtractor } from "../../../ingest/extract/create-extractor.ts";
import { testRecord } from "./fixtures/test-record.ts";

// Replies (issue 18, item 6): "Peskov slammed the accusations", "rejected the claims", "dismissed the allegations"
// are statements against whoever made them, also when that actor is named paragraphs earlier.
const extractor = createExtractor();

/** Statements as "Subject TYPE Object" plus modality flags, in text order. */
function statements(text: string): string[] {
  const extraction = extractor.extract(testRecord(text.split("\n")[0] ?? ""), text);
  const name = (id: string): string => extraction.actors.find((a) => a.localId === id)?.name ?? id;
  return extraction.relations
    .sort((a, b) => a.offsets.verb[0] - b.offsets.verb[0] || name(a.object).localeCompare(name(b.object)))
    .map(
      (r) =>
        `${name(r.subject)} ${r.type} ${name(r.object)}${r.negated ? " [negated]" : ""}${r.hypothetical ? " [hypothetical]" : ""}`,
    );
}

const ACCUSATION = "Polish President Andrzej Duda accused Moscow of staging the border crisis.";

describe("extract: replies", () => {
  it.each<{ title: string; text: string; expected: string[] }>([
    {
      title: "a rejection answers the accuser named paragraphs earlier",
      text: `Headline\n\n${ACCUSATION}\n\nThousands of migrants remain in the forests near the border.\n\nAid groups say several have died.\n\nKremlin spokesman Dmitry Peskov rejected the claims.`,
      expected: ["Andrzej Duda ACCUSE Russia", "Dmitry Peskov DENY Andrzej Duda"],
    },
    {
      title: "the latest claim against the replier's side, not a later one against another side",
      text: `Headline\n\n${ACCUSATION} US President Joe Biden warned Belarus against new provocations. Kremlin spokesman Dmitry Peskov rejected the claims.`,
      expected: ["Andrzej Duda ACCUSE Russia", "Joe Biden THREATEN Belarus", "Dmitry Peskov DENY Andrzej Duda"],
    },
    {
      title: "a claim's author named on it by a participle",
      text: "Headline\n\nBritish Defence Secretary Ben Wallace dismissed comments made by Olaf Scholz.",
      expected: ["Ben Wallace REJECT Olaf Scholz"],
    },
    {
      title: "calling a claim absurd rejects its author, and is no phone call",
      text: `Headline\n\n${ACCUSATION} The Kremlin called the Polish accusations absurd.`,
      expected: ["Andrzej Duda ACCUSE Russia", "Russia REJECT Poland"],
    },
    {
      title: "describing the claims as nonsense rejects the accuser",
      text: `Headline\n\n${ACCUSATION} Kremlin spokesman Dmitry Peskov described the claims as nonsense.`,
      expected: ["Andrzej Duda ACCUSE Russia", "Dmitry Peskov REJECT Andrzej Duda"],
    },
    {
      title: "branding a claim dangerous criticises its author",
      text: `Headline\n\n${ACCUSATION} Russia branded Duda's remarks as dangerous.`,
      expected: ["Andrzej Duda ACCUSE Russia", "Russia CRITICIZE Andrzej Duda"],
    },
    {
      title: "a reported verdict on the claims is the speaker's rejection",
      text: `Headline\n\n${ACCUSATION} Kremlin spokesman Dmitry Peskov said the accusations were lies.`,
      expected: ["Andrzej Duda ACCUSE Russia", "Dmitry Peskov REJECT Andrzej Duda"],
    },
    {
      title: "a quoted verdict the parser does not read is still the speaker's",
      text: 'Headline\n\nNATO chief Jens Stoltenberg accused Moscow of lying. Kremlin spokesman Dmitry Peskov told reporters: "Nobody plans an attack. That is absurd."',
      expected: ["Jens Stoltenberg ACCUSE Russia", "Dmitry Peskov REJECT Jens Stoltenberg"],
    },
    {
      title: "a verdict on a claim whose author it names, by a source given after it",
      text: 'Headline\n\nRussia\'s claim that it is pulling soldiers back from the Ukrainian frontier is "false", according to a senior US official, who added that 5,000 more soldiers have arrived this week.',
      expected: ["United States REJECT Russia"],
    },
    {
      title: "the writer's own verdict replies to no one",
      text: `Headline\n\n${ACCUSATION} The accusations are false.`,
      expected: ["Andrzej Duda ACCUSE Russia"],
    },
    {
      title: "denying one's own conduct answers the accusation against one's side",
      text: "Headline\n\nNATO chief Jens Stoltenberg accused Russia of massing troops near Ukraine. The Kremlin denied planning an attack.",
      expected: [
        "Jens Stoltenberg ACCUSE Russia",
        "Russia MOBILIZE Ukraine [hypothetical]",
        "Russia DENY Jens Stoltenberg",
      ],
    },
    {
      title: "a state's denial answers the accuser's side when the article names it, a spokesman's the accuser",
      text: "Headline\n\nNATO has put forces on standby. NATO chief Jens Stoltenberg accused Russia of massing troops near Ukraine. The Kremlin denied planning an attack. Kremlin spokesman Dmitry Peskov rejected the accusations.",
      expected: [
        "Jens Stoltenberg ACCUSE Russia",
        "Russia MOBILIZE Ukraine [hypothetical]",
        "Russia DENY NATO",
        "Dmitry Peskov DENY Jens Stoltenberg",
      ],
    },
    {
      title: "a general's warning answered by a state: the state he serves",
      text: "Headline\n\nTop US General Mark Milley warned Moscow against moving more troops to the frontier. The United States has sent weapons to Kyiv. Russia denies plans to invade.",
      expected: ["Mark Milley WARN Russia", "United States AID Ukraine", "Russia DENY United States"],
    },
    {
      title: "denying someone entry is a refusal, no reply",
      text: "Headline\n\nNATO chief Jens Stoltenberg accused Belarus of staging provocations. Belarus denied entry to Polish border guards.",
      expected: ["Jens Stoltenberg ACCUSE Belarus"],
    },
    {
      title: "a reply is a claim the other side can answer in turn",
      text: `Headline\n\n${ACCUSATION} Kremlin spokesman Dmitry Peskov denied the allegations. Polish Foreign Minister Zbigniew Rau dismissed the denial.`,
      expected: ["Andrzej Duda ACCUSE Russia", "Dmitry Peskov DENY Andrzej Duda", "Zbigniew Rau REJECT Dmitry Peskov"],
    },
    {
      title: "voicing concern makes a claim, it answers none",
      text: `Headline\n\n${ACCUSATION} Kremlin spokesman Dmitry Peskov expressed concern.`,
      expected: ["Andrzej Duda ACCUSE Russia"],
    },
    {
      title: "condemning warnings of an attack answers the warner, not the attacker the warnings foretold",
      text: "Headline\n\nNATO chief Jens Stoltenberg accused Moscow of massing troops. Kremlin spokesman Dmitry Peskov condemned the warnings of a Belarusian attack on Ukraine.",
      expected: [
        "Jens Stoltenberg ACCUSE Russia",
        "Dmitry Peskov REJECT Jens Stoltenberg",
        "Belarus ATTACK Ukraine [hypothetical]",
      ],
    },
    {
      title: "finding no sign of a retreat rejects the claim of the side that retreats",
      text: `Headline\n\n"There are no signs of a withdrawal of Belarusian troops," Lithuanian President Gitanas Nauseda told reporters.`,
      expected: ["Gitanas Nauseda REJECT Belarus"],
    },
    {
      title: "no evidence, with nothing named, answers the claim reported just before by another side",
      text: "Headline\n\nBelarus announced on Monday that it had pulled its troops back from the Lithuanian border. Lithuanian President Gitanas Nauseda said there was still no evidence.",
      expected: ["Belarus RETREAT Lithuania", "Gitanas Nauseda REJECT Belarus"],
    },
    {
      title: "no evidence for an accusation rejects the accuser",
      text: `Headline\n\nBelarus accused Lithuania of sending drones over its border. "There is simply no evidence for these claims," Lithuanian President Gitanas Nauseda said.`,
      expected: ["Belarus ACCUSE Lithuania", "Gitanas Nauseda REJECT Belarus"],
    },
    {
      title: "no evidence of another's hostile act clears it and rejects nobody",
      text: "Headline\n\nLithuanian President Gitanas Nauseda said there was no evidence that Belarus was behind the explosion. He said there was no sign of a Belarusian attack on the border.",
      expected: [],
    },
    {
      title: "the writer's own finding of no evidence is no reply",
      text: "Headline\n\nBelarus announced that it had pulled its troops back from the Lithuanian border. There is no evidence of the withdrawal yet.",
      expected: ["Belarus RETREAT Lithuania"],
    },
    {
      title: "no earlier claim against the replier's side, no reply",
      text: "Headline\n\nUS President Joe Biden warned Belarus against new provocations. Kremlin spokesman Dmitry Peskov dismissed the warnings.",
      expected: ["Joe Biden THREATEN Belarus"],
    },
  ])("$title", ({ text, expected }) => {
    expect(statements(text)).toEqual(expected);
  });

  it("answers the latest of many claims in a long article", () => {
    const filler = Array.from({ length: 400 }, (_, i) => `Talks in Vienna continued on day ${i + 1}.`).join(" ");
    const text = `Headline\n\n${ACCUSATION} ${filler}\n\nUS President Joe Biden warned Moscow against an invasion. ${filler}\n\nKremlin spokesman Dmitry Peskov rejected the warnings.`;
    expect(statements(text).filter((s) => s.startsWith("Dmitry Peskov"))).toEqual(["Dmitry Peskov REJECT Joe Biden"]);
  });
});
