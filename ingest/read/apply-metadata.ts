// Fills what an article read from a file does not give from the metadata sidecar entry for that file, and notes
// the date in the file's name. Precedence for the date: the input's own field > sidecar > a date line in the text
// (found when cleaning) > the file name.

import type { SidecarEntry } from "./metadata-sidecar.ts";
import type { SourceArticle } from "./source-article.ts";

/**
 * `article` with the sidecar's fields where its own are missing, `publishedFrom` saying which gave the date, and
 * `fileNameDate` (null for records of a container file: their container's name does not date them).
 * @example applyMetadata(article, { published: "2022-01-25", title: null, source: null, url: null, language: "en" }, null)
 */
export function applyMetadata(article: SourceArticle, entry: SidecarEntry | null, fileDate: string | null): SourceArticle {
  const published = article.published ?? entry?.published ?? null;
  const from = article.published !== null ? "input" : published !== null ? "sidecar" : undefined;
  const language = article.language ?? entry?.language ?? null;
  return {
    ...article,
    title: article.title ?? entry?.title ?? null,
    published,
    ...(from ? { publishedFrom: from } : {}),
    source: article.source ?? entry?.source ?? null,
    url: article.url ?? entry?.url ?? null,
    ...(language !== null ? { language } : {}),
    ...(fileDate !== null ? { fileNameDate: fileDate } : {}),
  };
}
