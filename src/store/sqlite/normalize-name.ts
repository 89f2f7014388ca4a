// Folds a name for search and lookup: lower case, accents and punctuation removed, spaces collapsed.

/** `Zelenskyy's` → `zelenskyy s`, `Énergie—Nord` → `energie nord`. */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
