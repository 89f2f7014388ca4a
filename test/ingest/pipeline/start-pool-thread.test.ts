import { describe, expect, it } from "vitest";
import { startPoolThread } from "../../../ingest/pipeline/start-pool-thread.ts";

const ENTRY = new URL("./fixtures/echo-or-exit-worker.ts", import.meta.url);
type Request = { headline: string } | { exit: number };

describe("startPoolThread", () => {
  it("answers each request with the worker's reply to it, whatever the order of the requests", async () => {
    const thread = startPoolThread<Request, number>(ENTRY);
    try {
      const replies = await Promise.all(
        ["Kyiv and Moscow trade accusations", "NATO warns Russia", "Talks resume in Istanbul"].map((headline) =>
          thread.send({ headline }),
        ),
      );
      expect(replies).toEqual([5, 3, 4]);
    } finally {
      await thread.terminate();
    }
  });

  it("fails the request a worker holds when the worker ends without answering, and every later one", async () => {
    const thread = startPoolThread<Request, number>(ENTRY);
    try {
      await expect(thread.send({ exit: 3 })).rejects.toThrow(/worker thread exited \(code 3\) with work in hand/);
      await expect(thread.send({ headline: "Ministers meet in Brussels" })).rejects.toThrow(/exited \(code 3\)/);
    } finally {
      await thread.terminate();
    }
  });

  it("fails its requests when the worker cannot start", async () => {
    const thread = startPoolThread<Request, number>(new URL("./fixtures/no-such-worker.ts", import.meta.url));
    try {
      await expect(thread.send({ headline: "Ankara offers to mediate" })).rejects.toThrow(/no-such-worker/);
    } finally {
      await thread.terminate();
    }
  });
});
