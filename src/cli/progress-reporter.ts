// Progress of a long run on stderr: on a terminal, one line redrawn at least every second (done/total, percent,
// articles per second, ETA); otherwise a plain line every ten seconds, so logs of a background job show it moving.

import type { Writable } from "node:stream";

export interface ProgressSnapshot {
  done: number;
  /** Null when the total is not known (stdin). */
  total: number | null;
  /** What else to say: "110 new, 2 unchanged, 950 statements". */
  detail: string;
}

export interface ProgressReporter {
  /** Starts the clock and the timer that draws `read()`; call once. */
  start(read: () => ProgressSnapshot): void;
  /** Draws now on a terminal (throttled), e.g. after a batch was written. */
  update(): void;
  /** Stops the timer and clears the terminal line. */
  finish(): void;
}

export const TTY_REDRAW_MS = 500;
/** The rate (and so the ETA) is taken over this much recent time, not since the start (model loading, first pass). */
export const RATE_WINDOW_MS = 15_000;
export const PLAIN_LINE_MS = 10_000;
const MIN_REDRAW_MS = 100;

/** "42 s", "3m05s", "1h02m". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

/**
 * One progress line; `rate` in articles per second (default: the average since the start).
 * @example formatProgressLine("ingesting", { done: 120, total: 391, detail: "" }, 30) // "ingesting 120/391 articles (30%), 4.0 articles/s, ETA 1m08s"
 */
export function formatProgressLine(label: string, snapshot: ProgressSnapshot, elapsedSeconds: number, rate?: number): string {
  const { done, total } = snapshot;
  rate ??= elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  const parts = [total !== null && total > 0 ? `${label} ${done}/${total} articles (${Math.min(100, Math.floor((done / total) * 100))}%)` : `${label} ${done} articles`];
  parts.push(`${rate.toFixed(rate < 10 ? 1 : 0)} articles/s`);
  if (total !== null && total > done && rate > 0) parts.push(`ETA ${formatDuration((total - done) / rate)}`);
  else if (total !== null && done >= total) parts.push("finishing");
  return `${parts.join(", ")}${snapshot.detail ? ` · ${snapshot.detail}` : ""}`;
}

/**
 * A reporter writing to `stream`: redrawn in place on a terminal (`tty`), a plain line per PLAIN_LINE_MS otherwise.
 * `now` is injectable for tests (milliseconds).
 */
export function createProgressReporter(
  stream: Writable,
  options: { tty: boolean; label: string; now?: () => number },
): ProgressReporter {
  const now = options.now ?? (() => performance.now());
  let read: (() => ProgressSnapshot) | null = null;
  let started = 0;
  let lastDrawn = -Infinity;
  let drawn = false;
  let timer: NodeJS.Timeout | null = null;
  const samples: { at: number; done: number }[] = [];
  const draw = (): void => {
    if (read === null) return;
    const at = now();
    const snapshot = read();
    samples.push({ at, done: snapshot.done });
    // The window starts at the last moment nothing was done yet (start-up is not work) and spans RATE_WINDOW_MS.
    while (samples.length > 2 && (at - samples[1]!.at >= RATE_WINDOW_MS || samples[1]!.done === 0)) samples.shift();
    const oldest = samples[0]!;
    const rate = at - oldest.at >= 1_000 ? ((snapshot.done - oldest.done) * 1000) / (at - oldest.at) : undefined;
    const line = formatProgressLine(options.label, snapshot, (at - started) / 1000, rate);
    lastDrawn = at;
    if (options.tty) {
      const width = (stream as { columns?: number }).columns ?? 0;
      stream.write(`\r\x1b[2K${width > 10 && line.length >= width ? `${line.slice(0, width - 2)}…` : line}`);
      drawn = true;
    } else {
      stream.write(`newsgraph: ${line}\n`);
    }
  };
  return {
    start(reader) {
      read = reader;
      started = now();
      timer = setInterval(draw, options.tty ? TTY_REDRAW_MS : PLAIN_LINE_MS);
      timer.unref();
    },
    update() {
      if (options.tty && now() - lastDrawn >= MIN_REDRAW_MS) draw();
    },
    finish() {
      if (timer !== null) clearInterval(timer);
      timer = null;
      if (options.tty && drawn) stream.write("\r\x1b[2K");
      drawn = false;
    },
  };
}
