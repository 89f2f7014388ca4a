// PNG export of the view: the network as drawn (sigma re-renders synchronously, so its WebGL buffer is read in the
// same task), a legend box (node colours, edge classes, dashed and thickness keys) and a caption naming the store,
// the filters, the date range and what is shown.

import { QUAD_CLASSES, QUAD_CLASS_LABELS } from "../../graph-schema/index.ts";
import { edgeSize } from "./build-display-graph.ts";
import { LABEL_FONT } from "./sigma-styles.ts";
import { QUAD_CLASS_COLORS } from "./palette.ts";
import type { LegendEntry } from "./style-nodes.ts";

/** The part of a sigma instance the export needs. */
export interface RenderableView {
  refresh(): unknown;
  getStageCanvas(): HTMLCanvasElement;
}

export interface ExportKey {
  /** "Node colour: actor type" or "…: community". */
  title: string;
  nodes: LegendEntry[];
  /** Caption lines, first one in bold. */
  caption: string[];
}

const PAD = 14;
const LINE = 17;
const LEGEND_WIDTH = 230;
/** Legend entries listed before "and N more". */
const MAX_NODE_ENTRIES = 12;

function legendLines(key: ExportKey): number {
  return 1 + Math.min(key.nodes.length, MAX_NODE_ENTRIES + 1) + 1 + QUAD_CLASSES.length + 1 + 3 + 1;
}

function drawLegend(context: CanvasRenderingContext2D, key: ExportKey, x: number, y: number, scale: number): void {
  const height = (legendLines(key) * LINE + PAD) * scale;
  context.fillStyle = "rgba(255,255,255,0.92)";
  context.strokeStyle = "#cccccc";
  context.fillRect(x, y, LEGEND_WIDTH * scale, height);
  context.strokeRect(x, y, LEGEND_WIDTH * scale, height);
  let line = 0;
  const text = (value: string, indent = 0, bold = false): number => {
    context.font = `${bold ? "bold " : ""}${12 * scale}px ${LABEL_FONT}`;
    context.fillStyle = "#222222";
    const baseline = y + (PAD + line * LINE) * scale;
    context.fillText(value, x + (PAD + indent) * scale, baseline + 4 * scale);
    line++;
    return baseline;
  };
  text(key.title, 0, true);
  for (const entry of key.nodes.slice(0, MAX_NODE_ENTRIES)) {
    const at = text(`${entry.label} (${entry.count})`, 16);
    context.fillStyle = entry.color;
    context.beginPath();
    context.arc(x + (PAD + 5) * scale, at, 5 * scale, 0, 2 * Math.PI);
    context.fill();
  }
  if (key.nodes.length > MAX_NODE_ENTRIES) text(`and ${key.nodes.length - MAX_NODE_ENTRIES} more`, 16);
  text("Edge colour: kind of relation", 0, true);
  const swatch = (at: number, color: string, width: number, dashed = false): void => {
    context.strokeStyle = color;
    context.lineWidth = width * scale;
    context.setLineDash(dashed ? [5 * scale, 4 * scale] : []);
    context.beginPath();
    context.moveTo(x + PAD * scale, at);
    context.lineTo(x + (PAD + 24) * scale, at);
    context.stroke();
    context.setLineDash([]);
  };
  for (const quad of QUAD_CLASSES) swatch(text(QUAD_CLASS_LABELS[quad], 30), QUAD_CLASS_COLORS[quad], 3);
  text("Edge width: statements", 0, true);
  for (const count of [1, 10, 100]) swatch(text(`${count}`, 30), "#666666", edgeSize(count));
  swatch(text("dashed: negated or hypothetical", 30), "#666666", 2, true);
}

/** Draws the view with its legend and caption into a new canvas at device resolution. */
export function renderViewToCanvas(sigma: RenderableView, key: ExportKey): HTMLCanvasElement {
  sigma.refresh();
  const stage = sigma.getStageCanvas();
  const scale = stage.width / Math.max(1, stage.clientWidth || stage.width);
  const captionHeight = (key.caption.length * LINE + PAD * 2) * scale;
  const output = document.createElement("canvas");
  output.width = stage.width;
  output.height = stage.height + captionHeight;
  const context = output.getContext("2d");
  if (!context) throw new Error("viewer/export-image: the browser gave no 2D canvas context; cannot export PNG");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, output.width, output.height);
  context.drawImage(stage, 0, 0);
  drawLegend(context, key, PAD * scale, PAD * scale, scale);
  context.fillStyle = "#f4f4f4";
  context.fillRect(0, stage.height, output.width, captionHeight);
  key.caption.forEach((line, i) => {
    context.font = `${i === 0 ? "bold " : ""}${12 * scale}px ${LABEL_FONT}`;
    context.fillStyle = "#222222";
    context.fillText(line, PAD * scale, stage.height + (PAD + 4 + i * LINE) * scale, output.width - 2 * PAD * scale);
  });
  return output;
}

/** The view as a PNG blob. */
export function exportViewPng(sigma: RenderableView, key: ExportKey): Promise<Blob> {
  const canvas = renderViewToCanvas(sigma, key);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob
          ? resolve(blob)
          : reject(new Error("viewer/export-image: canvas.toBlob gave nothing; the view may be empty")),
      "image/png",
    ),
  );
}

/** Offers a blob or text as a file download. */
export function downloadFile(name: string, content: Blob | string, type = "application/octet-stream"): void {
  const blob = typeof content === "string" ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
