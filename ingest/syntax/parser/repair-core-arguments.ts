// A clause has one subject and one direct object (Universal Dependencies: further ones are conjuncts of the first).
// A greedy parser that misses a comma-separated list ("Germany, France and Italy condemned…") attaches each name to
// the verb as its own subject; this repair makes every later subject or object of a head that is separated from the
// first only by commas and conjunctions a conjunct of the first, as the treebanks annotate lists.

const CORE = new Set(["nsubj", "nsubj:pass", "obj", "iobj"]);
const LIST_LINKS = new Set([",", "and", "or", "&", ";"]);

/**
 * Repairs `heads`/`labels` (label ids) in place. `labelOf` names label ids, `conjLabel` is the id of "conj";
 * `forms` are the sentence's words.
 */
export function repairCoreArguments(
  forms: readonly string[],
  heads: Int32Array,
  labels: Int32Array,
  labelOf: readonly string[],
  conjLabel: number,
): void {
  const n = forms.length;
  for (let h = 0; h < n; h++) {
    for (const relation of CORE) {
      let first = -1;
      for (let d = 0; d < n; d++) {
        if (heads[d] !== h || labelOf[labels[d] as number] !== relation) continue;
        if (first < 0) {
          first = d;
          continue;
        }
        if (d > first && onlyListLinksBetween(forms, heads, first, d)) {
          heads[d] = first;
          labels[d] = conjLabel;
        }
      }
    }
  }
}

/** Whether every word strictly between a and b is a list link or belongs to a's phrase or b's phrase. */
function onlyListLinksBetween(forms: readonly string[], heads: Int32Array, a: number, b: number): boolean {
  let sawLink = false;
  for (let i = a + 1; i < b; i++) {
    if (LIST_LINKS.has((forms[i] as string).toLowerCase())) {
      sawLink = true;
      continue;
    }
    if (!underEither(heads, i, a, b)) return false;
  }
  return sawLink;
}

function underEither(heads: Int32Array, i: number, a: number, b: number): boolean {
  let current = i;
  for (let steps = 0; steps < heads.length && current >= 0; steps++) {
    if (current === a || current === b) return true;
    current = heads[current] as number;
  }
  return false;
}
