// What a reader yields: one article as found in the input, before cleaning and extraction.

export const INPUT_FORMATS = ["txt", "md", "html", "json", "jsonl"] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

export interface SourceArticle {
  /** The input path as given (`-` for stdin); JSONL and JSON-array records add `:N` (1-based line or index). */
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
}

/** An input that was not read as an article, with a one-line reason naming the file (and line). */
export interface InputRejection {
  file: string;
  reason: string;
  code: "EMPTY" | "BINARY" | "ENCODING" | "TOO_LARGE" | "MALFORMED" | "UNSUPPORTED" | "NOT_FOUND" | "LANGUAGE" | "DUPLICATE";
}

export type ReadResult = { kind: "article"; article: SourceArticle } | { kind: "rejected"; rejection: InputRejection };
