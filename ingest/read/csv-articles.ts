// A CSV table of articles (one row an article, with a text or body column and any of id, title, date, source, url,
// language) to articles located as `file:LINE`. A CSV without a text column but with a file column is a metadata
// sidecar instead (metadata-sidecar.ts).

import { columnIndexes } from "./metadata-columns.ts";
import { parseCsv } from "./parse-csv.ts";
import type { ReadResult } from "./source-article.ts";

function cell(row: readonly string[], index: number): string | null {
  if (index === -1) return null;
  const value = row[index];
  return value === undefined || value.trim() === "" ? null : value.trim();
}

/**
 * The articles of a CSV article table; a row without text is rejected, the other rows are still read.
 * @example csvToArticles("title,text\nTalks,They met in Geneva on Monday.\n", "desk.csv")
 */
export function csvToArticles(text: string, file: string): ReadResult[] {
  const table = parseCsv(text);
  const column = columnIndexes(table.header);
  if (column.text === -1) {
    const found = table.header.length > 0 ? table.header.join(", ") : "no header";
    return [{
      kind: "rejected",
      rejection: { file, code: "UNSUPPORTED", reason: `${file}: a CSV needs a text (or body) column to be an article table, or a file column to be a metadata sidecar; found ${found}` },
    }];
  }
  if (table.rows.length === 0) return [{ kind: "rejected", rejection: { file, code: "EMPTY", reason: `${file}: the CSV has no rows` } }];
  return table.rows.map((row, index): ReadResult => {
    const location = `${file}:${table.lines[index]}`;
    const body = cell(row, column.text);
    if (body === null) {
      return { kind: "rejected", rejection: { file: location, code: "EMPTY", reason: `${location}: the row's text column is empty` } };
    }
    return {
      kind: "article",
      article: {
        file: location,
        format: "csv",
        id: cell(row, column.id),
        title: cell(row, column.title),
        published: cell(row, column.published),
        source: cell(row, column.source),
        url: cell(row, column.url),
        text: body.replace(/\r\n?/g, "\n"),
        language: cell(row, column.language),
      },
    };
  });
}
