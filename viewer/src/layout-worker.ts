// The layout's web worker: runs createForceLayout in chunks, posting positions after each (when asked) so the picture
// settles on screen, and finishes early when asked to stop. A newer request replaces the one running.

import { createForceLayout } from "./force-layout.ts";
import type { LayoutRequest, LayoutUpdate } from "./layout-protocol.ts";

let current = 0;
let stopRequested = false;

function post(update: LayoutUpdate): void {
  (self as unknown as Worker).postMessage(update, [update.xy.buffer]);
}

function run(request: LayoutRequest): void {
  const mine = ++current;
  stopRequested = false;
  const layout = createForceLayout(request);
  let done = 0;
  const step = (): void => {
    if (mine !== current) return;
    if (stopRequested || done >= request.iterations) {
      post({ run: request.run, iteration: done, done: true, xy: layout.finish() });
      return;
    }
    done = layout.step(Math.min(request.chunk, request.iterations - done));
    if (request.progress) post({ run: request.run, iteration: done, done: false, xy: layout.positions() });
    setTimeout(step, 0);
  };
  step();
}

self.onmessage = (event: MessageEvent<LayoutRequest | { type: "stop" }>) => {
  if ("type" in event.data) stopRequested = true;
  else run(event.data);
};
