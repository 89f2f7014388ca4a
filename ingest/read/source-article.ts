// What a reader yields: one article as found in the input, before cleaning and extraction.

export const INPUT_FORMATS = ["txt", "md", "html", "json", "jsonl", "csv", "feed"] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

export interface SourceArticle {
  /**
   * The input path (or URL) as given (`-` for stdin); JSONL, CSV and JSON-array records add `:N` (1-based line or
   * index), feed items `#N`.
   */
  file: string;
  format: InputFormat;
  /** Id given by the record, if any. */
  id: string | null;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  /** Body text, paragraphs separated by blank lines; headings on their own line. */
  text: string;
  /** Where `published` came from: the input itself (record field, front matter, page metadata) or a sidecar. */
  publishedFrom?: "input" | "sidecar";
  /** The date or date-time in the file's name, used when neither the input, a sidecar nor the text dates it. */
  fileNameDate?: string | null;
  /** ISO 639-1 code the input or a sidecar declares; detection decides when absent. */
  language?: string | null;
}

/** An input that was not read as an article, with a one-line reason naming the file (and line). */
export interface InputRejection {
  file: string;
  reason: string;
  code: "EMPTY" | "BINARY" | "ENCODING" | "TOO_LARGE" | "MALFORMED" | "UNSUPPORTED" | "NOT_FOUND" | "LANGUAGE" | "DUPLICATE";
}

export type ReadResult = { kind: "article"; article: SourceArticle } | { kind: "rejected"; rejection: InputRejection };
