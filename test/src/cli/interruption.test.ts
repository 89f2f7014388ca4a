import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createInterruption, type StopSignal } from "../../../src/cli/interruption.ts";
import { removeStaleTemporaries, temporaryPathFor } from "../../../src/cli/temporary-file.ts";

describe("createInterruption", () => {
  it.each<{ title: string; graceful: boolean; signals: StopSignal[]; exits: number[]; received: StopSignal | null }>([
    { title: "ends a command at the first signal", graceful: false, signals: ["SIGINT"], exits: [130], received: null },
    { title: "gives SIGTERM 143", graceful: false, signals: ["SIGTERM"], exits: [143], received: null },
    {
      title: "lets a graceful command see the first",
      graceful: true,
      signals: ["SIGTERM"],
      exits: [],
      received: "SIGTERM",
    },
    {
      title: "ends a graceful command at the second",
      graceful: true,
      signals: ["SIGINT", "SIGTERM"],
      exits: [143],
      received: "SIGINT",
    },
  ])("$title", async ({ graceful, signals, exits, received }) => {
    const exited: number[] = [];
    const cleaned: string[] = [];
    const interruption = createInterruption((code) => exited.push(code));
    interruption.onForcedExit(() => cleaned.push("tmp removed"));
    if (graceful) interruption.handleGracefully();
    for (const signal of signals) interruption.deliver(signal);
    expect([exited, cleaned.length > 0, interruption.received, interruption.abort.aborted]).toEqual([
      exits,
      exits.length > 0,
      received,
      received !== null,
    ]);
    if (received) expect(await interruption.signal).toBe(received);
  });

  it("unregisters a clean-up that is no longer needed", () => {
    const cleaned: string[] = [];
    const interruption = createInterruption(() => {});
    const unregister = interruption.onForcedExit(() => cleaned.push("x"));
    unregister();
    interruption.deliver("SIGINT");
    expect(cleaned).toEqual([]);
  });
});

describe("temporary files", () => {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-tmp-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("removes what a killed run left, keeps a running process's and other files", () => {
    const path = join(dir, "graph.gexf");
    const dead = `${path}.999999999.tmp`;
    const live = `${path}.${process.ppid}.tmp`;
    const other = join(dir, "graph.gexf.notes");
    for (const file of [dead, live, other]) writeFileSync(file, "x");
    removeStaleTemporaries(path);
    expect([existsSync(dead), existsSync(live), existsSync(other)]).toEqual([false, true, true]);
    expect(temporaryPathFor(path)).toBe(`${path}.${process.pid}.tmp`);
  });
});
