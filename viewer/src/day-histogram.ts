// Statements per day under the time slider: one bar per day (or per few days on a long range), the slider's window
// drawn dark and the rest light, each bar titled with its dates and count. Binning is pure and tested.

import type { DayCount } from "../../graph-schema/index.ts";
import { dateAt, dayIndex, type DayScale } from "./day-scale.ts";

const SVG = "http://www.w3.org/2000/svg";
export const HISTOGRAM_WIDTH = 226;
export const HISTOGRAM_HEIGHT = 56;
/** Narrowest bar, in pixels: longer ranges put several days in a bar. */
const MIN_BAR_PX = 2;

export interface DayBin {
  /** Slider positions (days from the scale's first date) of the bin's first and last day. */
  first: number;
  last: number;
  count: number;
}

/** Groups the day counts into at most `maxBins` equal runs of days covering the whole scale. */
export function binDays(days: readonly DayCount[], scale: DayScale, maxBins: number): DayBin[] {
  const span = scale.days + 1;
  const perBin = Math.max(1, Math.ceil(span / Math.max(1, maxBins)));
  const bins: DayBin[] = [];
  for (let first = 0; first < span; first += perBin)
    bins.push({ first, last: Math.min(span - 1, first + perBin - 1), count: 0 });
  for (const day of days) {
    const bin = bins[Math.floor(dayIndex(scale, day.day) / perBin)];
    if (bin) bin.count += day.count;
  }
  return bins;
}

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

export interface DayHistogram {
  element: SVGSVGElement;
  /** Shades the bars inside the slider window [from, to] (slider positions). */
  setWindow(from: number, to: number): void;
}

/** The histogram of `days` over the scale. */
export function createDayHistogram(days: readonly DayCount[], scale: DayScale): DayHistogram {
  const bins = binDays(days, scale, Math.floor(HISTOGRAM_WIDTH / MIN_BAR_PX));
  const max = Math.max(1, ...bins.map((bin) => bin.count));
  const width = HISTOGRAM_WIDTH / bins.length;
  const total = bins.reduce((sum, bin) => sum + bin.count, 0);
  const element = svg("svg", {
    id: "day-histogram",
    width: HISTOGRAM_WIDTH,
    height: HISTOGRAM_HEIGHT,
    viewBox: `0 0 ${HISTOGRAM_WIDTH} ${HISTOGRAM_HEIGHT}`,
    role: "img",
    "aria-label": `Statements per day: ${total.toLocaleString("en")} from ${scale.first} to ${scale.last}, busiest ${max.toLocaleString("en")}`,
  });
  const bars = bins.map((bin, i) => {
    const height = bin.count === 0 ? 0 : Math.max(1, (bin.count / max) * (HISTOGRAM_HEIGHT - 2));
    const rect = svg("rect", {
      x: (i * width).toFixed(2),
      y: (HISTOGRAM_HEIGHT - height).toFixed(2),
      width: Math.max(1, width - (width > 3 ? 1 : 0)).toFixed(2),
      height: height.toFixed(2),
      class: "bar",
      "data-count": bin.count,
    });
    const dates =
      bin.first === bin.last ? dateAt(scale, bin.first) : `${dateAt(scale, bin.first)} – ${dateAt(scale, bin.last)}`;
    const title = svg("title", {});
    title.textContent = `${dates}: ${bin.count.toLocaleString("en")} statement${bin.count === 1 ? "" : "s"}`;
    rect.append(title);
    element.append(rect);
    return { rect, bin };
  });
  return {
    element,
    setWindow(from, to) {
      for (const { rect, bin } of bars) rect.classList.toggle("outside", bin.last < from || bin.first > to);
    },
  };
}
