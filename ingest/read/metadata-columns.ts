// Which column (CSV header) or key (JSON record) holds which article field, in sidecars and article tables alike.
// Names are compared folded: case, spaces, hyphens and underscores ignored ("Published At" = "published_at").

export const METADATA_COLUMNS = {
  file: ["file", "filename", "filepath", "path"],
  published: ["published", "date", "datepublished", "publishedat", "pubdate", "publicationdate", "seendate", "datetime", "timestamp"],
  title: ["title", "headline"],
  source: ["source", "site", "sitename", "publisher", "outlet", "domain"],
  url: ["url", "link", "sourceurl", "documentidentifier"],
  language: ["language", "lang"],
  text: ["text", "body", "content", "articletext", "fulltext"],
  id: ["id", "articleid"],
} as const;

export type MetadataField = keyof typeof METADATA_COLUMNS;

/** "Published At" → "publishedat". */
export function foldColumnName(name: string): string {
  return name.toLowerCase().replace(/[\s_\-.]+/g, "");
}

/**
 * For each field, the index of the first header column that names it, or -1.
 * @example columnIndexes(["File", "date", "country"]).published // 1
 */
export function columnIndexes(header: readonly string[]): Record<MetadataField, number> {
  const folded = header.map(foldColumnName);
  const indexes = {} as Record<MetadataField, number>;
  for (const field of Object.keys(METADATA_COLUMNS) as MetadataField[]) {
    const names: readonly string[] = METADATA_COLUMNS[field];
    indexes[field] = folded.findIndex((name) => names.includes(name));
  }
  return indexes;
}
