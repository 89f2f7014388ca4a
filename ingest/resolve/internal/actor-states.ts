// The registry's actors by id: stored actors are kept as their records and get their working state (name forms,
// votes, alias set…) only when something reads them, since an ingest into a large store touches a small share of
// its actors; actors keep the order they were added in. Internal to the registry.

import type { ActorType } from "../../../graph-schema/index.ts";
import type { ActorState } from "./actor-state.ts";

/** What the matcher reads of the registry's actors. */
export interface ActorLookup {
  get(id: string): ActorState | undefined;
  has(id: string): boolean;
}

export class ActorStates<Stored extends { id: string; type: ActorType }> implements ActorLookup {
  /** Every actor in the order added: its state, or null until `unmade`'s stored form is turned into one. */
  private readonly entries = new Map<string, ActorState | null>();
  private readonly unmade = new Map<string, Stored>();

  /** `makeState` turns a stored actor (as the store gave it) into its state, when it is first read. */
  constructor(private readonly makeState: (stored: Stored) => ActorState) {}

  /** Adds a stored actor whose state is made on first read. */
  addStored(stored: Stored): void {
    this.entries.set(stored.id, null);
    this.unmade.set(stored.id, stored);
  }

  set(id: string, state: ActorState): void {
    this.entries.set(id, state);
    this.unmade.delete(id);
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  get(id: string): ActorState | undefined {
    const state = this.entries.get(id);
    if (state !== null) return state;
    const made = this.makeState(this.unmade.get(id) as Stored);
    this.set(id, made);
    return made;
  }

  /** An actor's type without making its state (as stored, until the state is made). */
  typeOf(id: string): ActorType | undefined {
    return this.entries.get(id)?.record.type ?? this.unmade.get(id)?.type;
  }

  /** Every actor's state, in the order added (making the states not made yet). */
  *values(): IterableIterator<ActorState> {
    for (const id of this.entries.keys()) yield this.get(id) as ActorState;
  }
}
