// A one-line progress bar for terminals (redrawn in place, throttled); silent when stderr is not a TTY.

import type { Writable } from "node:stream";

export interface ProgressBar {
  update(done: number, detail: string): void;
  finish(): void;
}

const BAR_WIDTH = 24;
const REDRAW_INTERVAL_MS = 100;

/** `total` may be unknown (streamed input): the bar then shows a count and rate only. */
export function createProgressBar(stream: Writable, enabled: boolean, label: string, total: number | null = null): ProgressBar {
  let last = 0;
  let drawn = false;
  const started = performance.now();
  return {
    update(done, detail) {
      if (!enabled) return;
      const now = performance.now();
      if (now - last < REDRAW_INTERVAL_MS) return;
      last = now;
      const rate = done / Math.max((now - started) / 1000, 0.001);
      const filled = total && total > 0 ? Math.min(BAR_WIDTH, Math.round((done / total) * BAR_WIDTH)) : 0;
      const bar = total && total > 0 ? `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${done}/${total} ` : `${done} `;
      stream.write(`\r\x1b[2K${label} ${bar}${rate.toFixed(1)}/s ${detail}`);
      drawn = true;
    },
    finish() {
      if (enabled && drawn) stream.write("\r\x1b[2K");
    },
  };
}
