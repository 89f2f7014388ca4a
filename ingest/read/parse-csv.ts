// RFC 4180 CSV: quoted fields with doubled quotes, commas and line breaks inside quotes, CRLF or LF, a header row.
// Semicolon- and tab-separated files are recognised by their header line. Nothing is evaluated.

export interface CsvTable {
  /** Header names as written, trimmed. */
  header: string[];
  /** Data rows, each as long as the row was (it may be shorter or longer than the header). */
  rows: string[][];
  /** 1-based line of each row's start in the file, for messages. */
  lines: number[];
}

/** The separator of a CSV text by its first line: the most frequent of comma, semicolon and tab outside quotes. */
export function csvSeparator(text: string): string {
  const end = text.indexOf("\n");
  const first = (end === -1 ? text : text.slice(0, end)).replace(/"[^"]*"/g, "");
  const counts = [",", ";", "\t"].map((separator) => [separator, first.split(separator).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ",";
}

/**
 * Parses CSV text into a header and rows; blank lines are skipped.
 * @example parseCsv('file,date\na.txt,2022-01-25\n').rows // [["a.txt", "2022-01-25"]]
 */
export function parseCsv(text: string): CsvTable {
  const separator = csvSeparator(text);
  const records: string[][] = [];
  const lines: number[] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let touched = false;
  const endRecord = (): void => {
    record.push(field);
    if (touched || record.length > 1 || field !== "") {
      records.push(record);
      lines.push(recordLine);
    }
    record = [];
    field = "";
    touched = false;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        if (char === "\n") line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && field.trim() === "") {
      quoted = true;
      touched = true;
      field = "";
    } else if (char === separator) {
      record.push(field);
      field = "";
      touched = true;
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += char;
    }
  }
  if (field !== "" || record.length > 0 || touched) endRecord();
  const [header = [], ...rows] = records;
  lines.shift();
  return { header: header.map((name) => name.replace(/^\ufeff/, "").trim()), rows, lines };
}
