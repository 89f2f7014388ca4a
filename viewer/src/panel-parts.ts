// What the side panel's views share: the actions they can ask of the app, and the buttons that trigger them.

import type { ActorRef } from "../../graph-schema/index.ts";
import { el } from "./dom.ts";

export interface PanelActions {
  openActor: (id: string) => void;
  /** Opens the evidence of the pair subject → object. */
  openEvidence: (subject: string, object: string) => void;
  openThread: (a: string, b: string) => void;
  showEgo: (id: string, hops: 1 | 2) => void;
  startPath: (id: string) => void;
  /** Turns on negated and hypothetical statements. */
  showHedged: () => void;
  /** Shows every response link, low-confidence ones marked. */
  showAllLinks: () => void;
}

export const button = (
  text: string,
  onClick: () => void,
  attributes: Record<string, string> = {},
): HTMLButtonElement => {
  const b = el("button", { type: "button", ...attributes }, text);
  b.addEventListener("click", onClick);
  return b;
};

export const actorButton = (actor: ActorRef, actions: PanelActions): HTMLElement =>
  button(actor.name, () => actions.openActor(actor.id), { class: "link", "data-actor": actor.id });
