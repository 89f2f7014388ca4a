import { describe, expect, it } from "vitest";
import { cueLemma } from "../../../ingest/extract/cue-lemma.ts";

describe("cueLemma", () => {
  const rows: Array<[string, string]> = [
    ["accused", "accuse"],
    ["warns", "warn"],
    ["criticised", "criticise"],
    ["denies", "deny"],
    ["met", "meet"],
    ["said", "say"],
    ["slammed", "slam"],
    ["urging", "urge"],
    ["imposed", "impose"],
    ["tables", "tables"],
    ["broke", "break"],
    ["broken", "break"],
    ["breaking", "break"],
  ];
  it.each(rows)("%s → %s", (form, lemma) => {
    expect(cueLemma(form)).toEqual(lemma);
  });
  it("leaves non-inflecting parts of speech alone", () => {
    expect(cueLemma("warned", "ADJ")).toEqual("warned");
  });
});
