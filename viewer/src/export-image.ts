// PNG export of the view: re-renders sigma synchronously, then copies its layers (WebGL edges and nodes, 2D labels
// and hovers) onto one canvas over a white background, in the same task so the WebGL buffers are still intact.

/** Layers not worth exporting: the invisible mouse-capture layer. */
const SKIPPED_LAYERS = new Set(["mouse"]);

/** The part of a sigma instance the export needs. */
export interface RenderableView {
  refresh(): unknown;
  getCanvases(): Record<string, HTMLCanvasElement>;
}

/** Draws the sigma view into a new canvas at device resolution. */
export function renderViewToCanvas(sigma: RenderableView): HTMLCanvasElement {
  sigma.refresh();
  const layers = Object.entries(sigma.getCanvases()).filter(([name]) => !SKIPPED_LAYERS.has(name));
  const first = layers[0]?.[1];
  const output = document.createElement("canvas");
  output.width = first?.width ?? 1;
  output.height = first?.height ?? 1;
  const context = output.getContext("2d");
  if (!context) throw new Error("viewer/export-image: the browser gave no 2D canvas context; cannot export PNG");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, output.width, output.height);
  // Canvases are ordered as sigma stacks them in the DOM: edges, nodes, labels, hovers.
  const ordered = layers
    .map(([, canvas]) => canvas)
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  for (const canvas of ordered) context.drawImage(canvas, 0, 0, output.width, output.height);
  return output;
}

/** The view as a PNG blob. */
export function exportViewPng(sigma: RenderableView): Promise<Blob> {
  const canvas = renderViewToCanvas(sigma);
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
