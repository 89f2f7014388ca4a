// The filter column: relation types, quad classes (doubling as the edge legend), actor types, sources, minimum
// statements per edge, negated/hypothetical toggles, statement and response-link confidence, and the display
// choices (size, colour, label density, edge limit). Reports changes as partial states.

import {
  ACTOR_TYPES,
  QUAD_CLASSES,
  QUAD_CLASS_LABELS,
  RELATION_TYPES,
  RELATION_VOCABULARY,
  type StoreStats,
} from "../../graph-schema/index.ts";
import { el } from "./dom.ts";
import { QUAD_CLASS_COLORS } from "./palette.ts";
import {
  LABEL_LEVELS,
  LINK_CONFIDENCE_CHOICES,
  LOW_LINK_CONFIDENCE,
  NODE_COLOR_SCHEMES,
  NODE_SIZE_METRICS,
  STATEMENT_CONFIDENCE_CHOICES,
  type LabelLevel,
  type ViewState,
} from "./view-state.ts";

export type StateChange = (change: Partial<ViewState>) => void;

export const EDGE_LIMIT_CHOICES = [100, 250, 500, 1_000, 2_000, 5_000] as const;

const NODE_SIZE_LABELS = { degree: "Degree", weighted: "Statements (weighted degree)", pagerank: "PageRank" } as const;
const NODE_COLOR_LABELS = { type: "Actor type", community: "Community (Louvain)" } as const;
const LABEL_LEVEL_LABELS: Readonly<Record<LabelLevel, string>> = {
  1: "Fewest (top 8)",
  2: "Few (top 20)",
  3: "More (top 60)",
  4: "All that fit",
};
const confidenceLabel = (value: number): string => (value === 0 ? "any" : `≥ ${value}`);
const linkConfidenceLabel = (value: number): string =>
  value === 0 ? "all (low ones marked)" : value === LOW_LINK_CONFIDENCE ? `≥ ${value} (default)` : `≥ ${value}`;

const titleCase = (text: string): string => text.charAt(0) + text.slice(1).toLowerCase().replace(/_/g, " ");

/**
 * A group of checkboxes over `values`; an empty selection in the state means "all", and the last ticked box
 * cannot be unticked (that would read as "all" again).
 */
function checkboxGroup<T extends string>(
  legend: string,
  values: readonly T[],
  selected: readonly T[],
  label: (value: T) => Node | string,
  onChange: (values: T[]) => void,
): HTMLFieldSetElement {
  const boxes = values.map((value) => {
    const box = el("input", { type: "checkbox", value, name: legend });
    box.checked = selected.length === 0 || selected.includes(value);
    return box;
  });
  const fieldset = el("fieldset", {}, el("legend", {}, legend));
  boxes.forEach((box, i) => {
    const value = values[i] as T;
    box.addEventListener("change", () => {
      const ticked = boxes.filter((b) => b.checked).map((b) => b.value as T);
      if (ticked.length === 0) {
        box.checked = true;
        return;
      }
      onChange(ticked.length === values.length ? [] : ticked);
    });
    fieldset.append(el("label", { class: "check" }, box, label(value)));
  });
  return fieldset;
}

function select<T extends string>(
  id: string,
  text: string,
  values: readonly T[],
  current: T,
  label: (value: T) => string,
  onChange: (value: T) => void,
): HTMLElement {
  const control = el("select", { id });
  for (const value of values) control.append(el("option", { value }, label(value)));
  control.value = current;
  control.addEventListener("change", () => onChange(control.value as T));
  return el("label", { class: "row", for: id }, text, control);
}

function multiSelect(
  id: string,
  text: string,
  values: readonly string[],
  selected: readonly string[],
  label: (value: string) => string,
  onChange: (values: string[]) => void,
): HTMLElement {
  const control = el("select", { id, multiple: "", size: String(Math.min(6, Math.max(2, values.length))) });
  for (const value of values) {
    const option = el("option", { value }, label(value));
    option.selected = selected.includes(value);
    control.append(option);
  }
  control.addEventListener("change", () => onChange([...control.selectedOptions].map((o) => o.value)));
  return el(
    "label",
    { class: "stack", for: id },
    el("span", {}, text, el("small", {}, " (none selected = all)")),
    control,
  );
}

/** Builds the filter and display controls for a state; rebuild it when the state changes from outside. */
export function renderFilterPanel(state: ViewState, stats: StoreStats | null, onChange: StateChange): HTMLElement {
  const quadLabel = (quad: (typeof QUAD_CLASSES)[number]): Node =>
    el(
      "span",
      {},
      el("span", { class: "swatch line", style: `background:${QUAD_CLASS_COLORS[quad]}` }),
      QUAD_CLASS_LABELS[quad],
    );
  const minCount = el("input", { id: "min-count", type: "number", min: "1", step: "1" });
  minCount.value = String(state.minCount);
  minCount.addEventListener("input", () => {
    const value = Number(minCount.value);
    if (Number.isInteger(value) && value >= 1) onChange({ minCount: value });
  });
  const toggle = (id: string, text: string, checked: boolean, change: (on: boolean) => Partial<ViewState>) => {
    const box = el("input", { id, type: "checkbox" });
    box.checked = checked;
    box.addEventListener("change", () => onChange(change(box.checked)));
    return el("label", { class: "check", for: id }, box, text);
  };
  const limits = EDGE_LIMIT_CHOICES.map(String);
  if (!limits.includes(String(state.limit))) limits.push(String(state.limit));
  return el(
    "div",
    { class: "filters" },
    checkboxGroup("Edge colour: quad class", QUAD_CLASSES, state.quads, quadLabel, (quads) => onChange({ quads })),
    checkboxGroup("Actor types", ACTOR_TYPES, state.actorTypes, titleCase, (actorTypes) => onChange({ actorTypes })),
    multiSelect(
      "relation-types",
      "Relation types",
      RELATION_TYPES,
      state.relationTypes,
      (t) => `${titleCase(t)} — ${RELATION_VOCABULARY[t as keyof typeof RELATION_VOCABULARY].description}`,
      (values) => onChange({ relationTypes: values as ViewState["relationTypes"] }),
    ),
    stats && stats.sources.length > 0
      ? multiSelect(
          "sources",
          "Sources",
          stats.sources,
          state.sources,
          (s) => s,
          (sources) => onChange({ sources }),
        )
      : null,
    el("label", { class: "row", for: "min-count" }, "Min. statements per edge", minCount),
    toggle("show-negated", "Show negated statements", state.includeNegated, (on) => ({ includeNegated: on })),
    toggle("show-hypothetical", "Show hypothetical statements", state.includeHypothetical, (on) => ({
      includeHypothetical: on,
    })),
    select(
      "min-confidence",
      "Statement confidence",
      STATEMENT_CONFIDENCE_CHOICES.map(String),
      String(state.minConfidence),
      (v) => confidenceLabel(Number(v)),
      (v) => onChange({ minConfidence: Number(v) }),
    ),
    select(
      "link-confidence",
      "Response links",
      LINK_CONFIDENCE_CHOICES.map(String),
      String(state.linkConfidence),
      (v) => linkConfidenceLabel(Number(v)),
      (v) => onChange({ linkConfidence: Number(v) }),
    ),
    el("h3", {}, "Display"),
    select(
      "node-size",
      "Node size",
      NODE_SIZE_METRICS,
      state.size,
      (m) => NODE_SIZE_LABELS[m],
      (size) => onChange({ size }),
    ),
    select(
      "node-color",
      "Node colour",
      NODE_COLOR_SCHEMES,
      state.color,
      (c) => NODE_COLOR_LABELS[c],
      (color) => onChange({ color }),
    ),
    select(
      "label-density",
      "Labels",
      LABEL_LEVELS.map(String),
      String(state.labels),
      (l) => LABEL_LEVEL_LABELS[Number(l) as LabelLevel],
      (l) => onChange({ labels: Number(l) as LabelLevel }),
    ),
    select(
      "edge-limit",
      "Max. edges",
      limits,
      String(state.limit),
      (l) => `${Number(l).toLocaleString("en")} strongest`,
      (limit) => onChange({ limit: Number(limit) }),
    ),
  );
}
