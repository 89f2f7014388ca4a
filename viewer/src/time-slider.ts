// The time slider over statement dates: a "from" and a "to" day with a histogram of statements per day under them,
// and Play, which sweeps the end of the window forward so the network grows through time.

import type { DayCount } from "../../graph-schema/index.ts";
import { createDayHistogram, type DayHistogram } from "./day-histogram.ts";
import { el } from "./dom.ts";
import { createDayScale, dateAt, dayIndex } from "./day-scale.ts";
import type { StateChange } from "./filter-panel.ts";
import type { ViewState } from "./view-state.ts";

/** Time between two Play steps, in ms; longer than the graph debounce so each step is drawn. */
export const PLAY_STEP_MS = 900;
/** Play takes this many steps from the window's start to the last date. */
export const PLAY_STEPS = 12;

export interface TimeSlider {
  element: HTMLElement;
  /** Stops a running Play. */
  stop(): void;
  /** Draws (or redraws) the histogram of statements per day under the slider. */
  setDays(days: readonly DayCount[]): void;
}

/** Builds the slider for the store's date range; an empty note when the store has no dates. */
export function createTimeSlider(
  state: ViewState,
  firstDate: string | null,
  lastDate: string | null,
  onChange: StateChange,
): TimeSlider {
  const scale = createDayScale(firstDate, lastDate);
  if (!scale || scale.days === 0) {
    return {
      element: el("p", { class: "muted" }, "No statement dates to slide over."),
      stop: () => undefined,
      setDays: () => undefined,
    };
  }
  const from = el("input", { id: "time-from", type: "range", min: "0", max: String(scale.days), step: "1" });
  const to = el("input", { id: "time-to", type: "range", min: "0", max: String(scale.days), step: "1" });
  from.value = String(state.from ? dayIndex(scale, state.from) : 0);
  to.value = String(state.to ? dayIndex(scale, state.to) : scale.days);
  from.setAttribute("aria-label", "Statements from date");
  to.setAttribute("aria-label", "Statements up to date");
  const label = el("output", { id: "time-label" });
  const play = el("button", { type: "button", id: "time-play" }, "▶ Play");
  let timer: ReturnType<typeof setInterval> | null = null;
  const histogramHost = el("div", { class: "histogram" });
  let histogram: DayHistogram | null = null;

  const describe = (): void => {
    label.textContent = `${dateAt(scale, Number(from.value))} → ${dateAt(scale, Number(to.value))}`;
    histogram?.setWindow(Number(from.value), Number(to.value));
  };
  const emit = (): void => {
    const a = Number(from.value);
    const b = Number(to.value);
    onChange({ from: a > 0 ? dateAt(scale, a) : null, to: b < scale.days ? dateAt(scale, b) : null });
  };
  from.addEventListener("input", () => {
    if (Number(from.value) > Number(to.value)) to.value = from.value;
    describe();
    emit();
  });
  to.addEventListener("input", () => {
    if (Number(to.value) < Number(from.value)) from.value = to.value;
    describe();
    emit();
  });
  const stop = (): void => {
    if (timer) clearInterval(timer);
    timer = null;
    play.textContent = "▶ Play";
  };
  play.addEventListener("click", () => {
    if (timer) {
      stop();
      return;
    }
    play.textContent = "■ Stop";
    const start = Number(from.value);
    const step = Math.max(1, Math.ceil((scale.days - start) / PLAY_STEPS));
    to.value = String(Math.min(scale.days, start + step));
    describe();
    emit();
    timer = setInterval(() => {
      const next = Math.min(scale.days, Number(to.value) + step);
      to.value = String(next);
      describe();
      emit();
      if (next >= scale.days) stop();
    }, PLAY_STEP_MS);
  });
  describe();
  const element = el(
    "fieldset",
    { class: "time" },
    el("legend", {}, "Time (statement dates)"),
    el("label", { class: "stack", for: "time-from" }, "From", from),
    el("label", { class: "stack", for: "time-to" }, "To", to),
    histogramHost,
    el("div", { class: "row" }, label, play),
  );
  const setDays = (days: readonly DayCount[]): void => {
    histogram = createDayHistogram(days, scale);
    histogramHost.replaceChildren(histogram.element, el("small", { class: "muted" }, "statements per day"));
    describe();
  };
  return { element, stop, setDays };
}
