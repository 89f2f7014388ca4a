import { describe, expect, it } from "vitest";
import { lowerThisThreadPriority, WORKER_NICENESS_STEP } from "../../../ingest/pipeline/lower-thread-priority.ts";
import { startPoolThread } from "../../../ingest/pipeline/start-pool-thread.ts";

const ENTRY = new URL("./fixtures/niceness-worker.ts", import.meta.url);

describe("lowerThisThreadPriority", () => {
  it.skipIf(process.platform !== "linux")(
    "makes a worker thread nicer than the main thread and leaves the main thread as it was (Linux)",
    async () => {
      const thread = startPoolThread<object, { set: number | null; self: number; main: number }>(ENTRY);
      try {
        const { set, self, main } = await thread.send({});
        expect(set).toBe(self);
        expect(self).toBe(Math.min(19, main + WORKER_NICENESS_STEP));
      } finally {
        await thread.terminate();
      }
    },
  );

  it.each(["darwin", "win32", "freebsd"] as const)(
    "does nothing on %s, where a niceness is the whole process's",
    (platform) => {
      expect(lowerThisThreadPriority(WORKER_NICENESS_STEP, platform)).toBeNull();
    },
  );
});
