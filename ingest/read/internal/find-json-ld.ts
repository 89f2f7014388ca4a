// Reads the few fields newsgraph wants from JSON-LD blocks (`<script type="application/ld+json">`): the headline,
// datePublished, url and publisher name of the first NewsArticle-like object. Iterative walk: no recursion limit.

export interface JsonLdFields {
  headline: string | null;
  datePublished: string | null;
  url: string | null;
  publisher: string | null;
}

function str(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

/** Parses each block and returns the first value found for each field; malformed blocks are passed over. */
export function findJsonLd(blocks: readonly string[]): JsonLdFields {
  const found: JsonLdFields = { headline: null, datePublished: null, url: null, publisher: null };
  for (const block of blocks) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(block);
    } catch {
      // Broken JSON-LD is common on real pages and only costs metadata: the other sources still apply.
      continue;
    }
    const pending: unknown[] = [parsed];
    for (let steps = 0; pending.length > 0 && steps < 10_000; steps++) {
      const node = pending.pop();
      if (Array.isArray(node)) {
        for (let i = node.length - 1; i >= 0; i--) pending.push(node[i]);
        continue;
      }
      if (node === null || typeof node !== "object") continue;
      const record = node as Record<string, unknown>;
      if (record.datePublished !== undefined) {
        found.datePublished ??= str(record.datePublished);
        found.headline ??= str(record.headline);
        found.url ??= str(record.url) ?? str(record.mainEntityOfPage);
        const publisher = record.publisher;
        if (publisher !== null && typeof publisher === "object" && !Array.isArray(publisher)) {
          found.publisher ??= str((publisher as Record<string, unknown>).name);
        }
      }
      const children = Object.values(record).filter((value) => value !== null && typeof value === "object");
      for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
    }
  }
  return found;
}
