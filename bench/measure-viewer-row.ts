// Row 7: the viewer's time to first frame against a plain sigma page, and its pan frame time, from the viewer
// engineer's bench/viewer-bench.ts (runViewerBench) when it is there; skipped with the reason otherwise.

import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { formatNumber, type BenchRow } from "./bench-table.ts";

const VIEWER_BENCH = fileURLToPath(new URL("./viewer-bench.ts", import.meta.url));
/** Issue 19: the viewer's first frame within 1.3× a plain sigma 4 page's on the same 5,000-edge graph. */
export const VIEWER_RATIO_TARGET = 1.3;

interface ViewerFigures {
  newsgraphMs: number;
  plainSigmaMs: number;
  ratio: number;
  panFrameMs: number;
  panFrameP95Ms: number;
  nodes: number;
  edges: number;
  skipped: string | null;
}

/**
 * Runs runViewerBench with `runs` page loads per page kind and `panSteps` mouse moves per pan (its progress goes to
 * `log`); turns its result into the row.
 */
export async function viewerRow(
  log: (line: string) => void,
  runs: number,
  panSteps: number,
): Promise<{ row: BenchRow; figures: ViewerFigures | null }> {
  const name = "viewer first frame";
  const skipped = (reason: string): { row: BenchRow; figures: null } => ({
    row: {
      name,
      figure: `skipped: ${reason}`,
      reference: "–",
      ratio: null,
      target: `ratio ≤ ${VIEWER_RATIO_TARGET}`,
      met: null,
    },
    figures: null,
  });
  if (!existsSync(VIEWER_BENCH)) return skipped("bench/viewer-bench.ts is missing");
  const module = (await import(VIEWER_BENCH)) as {
    runViewerBench?: (options: {
      log: (line: string) => void;
      runs: number;
      panSteps: number;
    }) => Promise<ViewerFigures>;
  };
  if (typeof module.runViewerBench !== "function")
    return skipped("bench/viewer-bench.ts does not export runViewerBench");
  const figures = await module.runViewerBench({ log, runs, panSteps });
  if (figures.skipped !== null) return skipped(figures.skipped);
  return {
    figures,
    row: {
      name: `viewer first frame (${figures.nodes} nodes, ${figures.edges} edges, median of ${runs})`,
      figure: `${formatNumber(figures.newsgraphMs)} ms; pan ${formatNumber(figures.panFrameMs)} ms/frame (p95 ${formatNumber(figures.panFrameP95Ms)}, ${panSteps} mouse moves)`,
      reference: `plain sigma ${formatNumber(figures.plainSigmaMs)} ms`,
      ratio: figures.ratio,
      target: `ratio ≤ ${VIEWER_RATIO_TARGET}`,
      met: figures.ratio <= VIEWER_RATIO_TARGET,
    },
  };
}
