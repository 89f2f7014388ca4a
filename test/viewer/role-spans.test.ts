import { describe, expect, it } from "vitest";
import type { ActorRole } from "../../graph-schema/index.ts";
import { roleSpans } from "../../viewer/src/actor-view.ts";

const role = (title: string, date: string | null, article = "a1"): ActorRole => ({
  title,
  affiliation: "nato",
  article,
  date,
});

describe("roleSpans", () => {
  const rows: { title: string; roles: ActorRole[]; expected: { title: string; dates: string }[] }[] = [
    {
      title: "folds a role seen in many articles into one line with its date span",
      roles: [
        role("Secretary General", "2022-01-12"),
        role("secretary general", "2021-12-16"),
        role("Secretary General", "2022-02-19T09:30:00Z"),
      ],
      expected: [{ title: "Secretary General", dates: "2021-12-16 – 2022-02-19" }],
    },
    {
      title: "keeps distinct roles apart and shows a single date once",
      roles: [
        role("Prime Minister", "2021-10-01"),
        role("Foreign Minister", null),
        role("Prime Minister", "2021-10-01"),
      ],
      expected: [
        { title: "Prime Minister", dates: "2021-10-01" },
        { title: "Foreign Minister", dates: "" },
      ],
    },
  ];
  for (const row of rows) {
    it(row.title, () => {
      expect(roleSpans(row.roles)).toEqual(row.expected);
    });
  }
});
