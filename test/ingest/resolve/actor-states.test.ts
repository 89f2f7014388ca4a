import { describe, expect, it } from "vitest";
import type { ActorRecord } from "../../../graph-schema/index.ts";
import { actorStateOf, type ActorState } from "../../../ingest/resolve/internal/actor-state.ts";
import { ActorStates } from "../../../ingest/resolve/internal/actor-states.ts";

const stored = (id: string, name: string, type: ActorRecord["type"]): ActorRecord => ({
  id,
  name,
  type,
  aliases: [],
  articles: [],
  roles: [],
  affiliation: null,
});

const STORED = [
  stored("jens-stoltenberg", "Jens Stoltenberg", "PERSON"),
  stored("nato", "NATO", "ORGANIZATION"),
  stored("dmitry-peskov", "Dmitry Peskov", "PERSON"),
];

function storedStates(): { states: ActorStates<ActorRecord>; made: string[] } {
  const made: string[] = [];
  const states = new ActorStates<ActorRecord>((record) => {
    made.push(record.id);
    return actorStateOf(record, 3);
  });
  for (const record of STORED) states.addStored(record);
  return { states, made };
}

describe("ActorStates", () => {
  it("makes a stored actor's state only when it is read, and once", () => {
    const { states, made } = storedStates();
    expect(states.has("nato")).toBe(true);
    expect(made).toEqual([]);
    const nato = states.get("nato");
    expect(nato?.record.name).toBe("NATO");
    expect(nato?.forms.get("NATO")?.count).toBe(3); // the stored articles weigh its name
    expect(states.get("nato")).toBe(nato);
    expect(made).toEqual(["nato"]); // one state made, the other stored actors still unread
  });

  it.each([
    { reads: [], order: ["jens-stoltenberg", "nato", "dmitry-peskov", "volodymyr-zelensky"] },
    { reads: ["dmitry-peskov", "nato"], order: ["jens-stoltenberg", "nato", "dmitry-peskov", "volodymyr-zelensky"] },
  ])("lists every actor in the order added whatever was read first (reads $reads)", ({ reads, order }) => {
    const { states, made } = storedStates();
    for (const id of reads) states.get(id);
    const created: ActorState = actorStateOf(stored("volodymyr-zelensky", "Volodymyr Zelensky", "PERSON"), 0);
    states.set(created.record.id, created);
    expect([...states.values()].map((state) => state.record.id)).toEqual(order);
    // Listing them made every stored actor's state, each once.
    expect([...made].sort()).toEqual(STORED.map((record) => record.id).sort());
  });

  it("tells a stored actor's type without making its state, and the state's type once made", () => {
    const { states, made } = storedStates();
    expect(states.typeOf("nato")).toBe("ORGANIZATION");
    expect(made).toEqual([]);
    states.get("nato")!.record.type = "GROUP";
    expect(states.typeOf("nato")).toBe("GROUP");
    expect(states.typeOf("sergei-lavrov")).toBeUndefined();
  });

  it("knows nothing of an actor never added", () => {
    const { states, made } = storedStates();
    expect(states.has("sergei-lavrov")).toBe(false);
    expect(states.get("sergei-lavrov")).toBeUndefined();
    expect(made).toEqual([]);
  });
});
