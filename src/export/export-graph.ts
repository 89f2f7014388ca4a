// The export formats and one entry point: a GraphSource (either store) to GEXF, GraphML, JSON, a Cypher script
// (to a single stream) or a neo4j-admin CSV folder.

import type { GraphSource } from "../store/graph-store.ts";
import { exportCsv } from "./export-csv.ts";
import { exportCypher } from "./export-cypher.ts";
import { exportGexf } from "./export-gexf.ts";
import { exportGraphml } from "./export-graphml.ts";
import { exportJson } from "./export-json.ts";
import type { TextSink } from "./text-sink.ts";

export const EXPORT_FORMATS = ["gexf", "graphml", "csv", "json", "cypher"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === "string" && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** Where an export goes: one text stream, or (csv) a folder of files opened by name. */
export interface ExportTarget {
  sink: () => Promise<TextSink>;
  openFile: (fileName: string) => Promise<TextSink & { close(): Promise<void> }>;
}

const SINGLE_STREAM_EXPORTERS: Readonly<
  Record<Exclude<ExportFormat, "csv">, (source: GraphSource, sink: TextSink) => Promise<void>>
> = {
  gexf: exportGexf,
  graphml: exportGraphml,
  json: exportJson,
  cypher: (source, sink) => exportCypher(source, sink),
};

/**
 * Exports the whole source in `format`.
 *
 * @example await exportGraph("gexf", store, { sink: async () => streamSink(process.stdout), openFile })
 */
export async function exportGraph(format: ExportFormat, source: GraphSource, target: ExportTarget): Promise<void> {
  if (format === "csv") return exportCsv(source, target.openFile);
  return SINGLE_STREAM_EXPORTERS[format](source, await target.sink());
}
