import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { StoreLockedError } from "../../../graph-schema/index.ts";
import { LOCK_FILE_NAME, acquireStoreLock } from "../../../src/store/store-lock.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-lock-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A pid that is certainly not running: a child that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}

describe("acquireStoreLock", () => {
  it("lets one writer in and tells the second who holds the store", async () => {
    const first = await acquireStoreLock(dir, "ingest a");
    await expect(acquireStoreLock(dir, "ingest b")).rejects.toBeInstanceOf(StoreLockedError);
    first.release();
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false);
    (await acquireStoreLock(dir, "ingest b")).release();
  });

  it("queues a second writer behind the first when asked to wait", async () => {
    const first = await acquireStoreLock(dir, "ingest a");
    setTimeout(() => first.release(), 300);
    const second = await acquireStoreLock(dir, "ingest b", 5_000);
    second.release();
  });

  it.each([
    {
      title: "a killed process",
      content: () => JSON.stringify({ pid: deadPid(), host: hostname(), started: "", command: "ingest" }),
    },
    { title: "a half-written lock file", content: () => '{"pid": 12' },
  ])("takes over a stale lock left by $title", async ({ content }) => {
    writeFileSync(join(dir, LOCK_FILE_NAME), content());
    const lock = await acquireStoreLock(dir, "ingest");
    lock.release();
  });
});
