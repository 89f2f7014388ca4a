// Reads the Phoenix agents dictionary (Phoenix.agents.txt: agent nouns with CAMEO agent codes, MIT, Open Event Data
// Alliance) into noun → code: "troops" → MIL, "spokesman" → GOV. Only one-word agents of a state or organisation are kept
// (government, military, police, intelligence, legislature, judiciary, and their subtypes): a phrase headed by one
// stands for the actor its modifier names ("Russian troops", "Ukraine's foreign ministry", "the bloc's officials").

/** Agent code prefixes that act for the state or organisation named beside them. */
const STATE_AGENT_CODES = ["GOV", "MIL", "COP", "SPY", "LEG", "JUD"];

/**
 * Compiles the dictionary text into lower-case singular head nouns and their agent code.
 * @example compilePhoenixAgents(text).troop // "MIL"
 */
export function compilePhoenixAgents(text: string): Record<string, string> {
  const substitutions = new Map<string, string[]>();
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/#.*$/, "").trim();
    const substitution = /^!(\w+)!\s*=\s*(.+)$/.exec(line);
    if (substitution) {
      substitutions.set(
        substitution[1] as string,
        (substitution[2] as string).split(",").map((w) => w.trim().toLowerCase()),
      );
      continue;
    }
    const entry = /^([A-Z!][A-Z0-9_!'-]*)\s*(?:\{[^}]*\})?\s*\[~([A-Z]+)\]/.exec(line);
    if (!entry) continue;
    const code = entry[2] as string;
    if (!STATE_AGENT_CODES.some((prefix) => code.startsWith(prefix))) continue;
    const phrase = (entry[1] as string).toLowerCase();
    const words = phrase.split("_").filter((w) => w !== "");
    // A one-word agent ("TROOPS", "SPOKES!PERSON!") names the role whatever modifies it; the head of a longer one
    // ("CENTRAL_BANK", "PASSENGER_JET") does not ("bank", "jet").
    if (words.length !== 1) continue;
    const last = words[0] ?? "";
    const heads = /^(\w*)!(\w+)!$/.exec(last);
    const expanded = heads
      ? (substitutions.get((heads[2] as string).toUpperCase()) ?? []).map((w) => (heads[1] as string) + w)
      : [last];
    for (const head of expanded) if (head !== "" && !/[!{}]/.test(head)) out[head] ??= code;
  }
  return out;
}
