// The benchmark's one table: each row a figure, its reference measured in the same run, their ratio, the target
// and whether it was met, as a Markdown table (readable in a terminal, pasteable into docs/benchmarks.md).

export interface BenchRow {
  /** What is measured ("ingest 10k articles"). */
  name: string;
  figure: string;
  /** What the figure is compared with, measured in the same run. */
  reference: string;
  /** figure / reference in the row's own unit, or null when there is none (skipped rows). */
  ratio: number | null;
  target: string;
  /** null: no verdict (skipped, or a row without a target). */
  met: boolean | null;
}

export const BENCH_TABLE_COLUMNS = ["row", "figure", "reference (same run)", "ratio", "target", "met"] as const;

function formatRatio(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return "–";
  return ratio >= 10 ? ratio.toFixed(0) : ratio >= 1 ? ratio.toFixed(2) : ratio.toPrecision(2);
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();
}

/**
 * The rows as an aligned Markdown table.
 * @example formatBenchTable([{ name: "x", figure: "2 ms", reference: "1 ms", ratio: 2, target: "≤ 3 ms", met: true }]);
 */
export function formatBenchTable(rows: readonly BenchRow[]): string {
  const cells = rows.map((row) =>
    [
      row.name,
      row.figure,
      row.reference,
      formatRatio(row.ratio),
      row.target,
      row.met === null ? "–" : row.met ? "yes" : "NO",
    ].map(cell),
  );
  const widths = BENCH_TABLE_COLUMNS.map((title, column) =>
    Math.max(title.length, ...cells.map((line) => (line[column] ?? "").length)),
  );
  const line = (values: readonly string[]): string =>
    `| ${values.map((value, column) => value.padEnd(widths[column] ?? 0)).join(" | ")} |`;
  return [line(BENCH_TABLE_COLUMNS), line(widths.map((width) => "-".repeat(width))), ...cells.map(line)].join("\n");
}

/** 12345.6 → "12,346"; small numbers keep up to `digits` significant decimals. */
export function formatNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return "n/a";
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString("en-US");
  return Number(value.toPrecision(digits)).toLocaleString("en-US", { maximumFractionDigits: 2 });
}
