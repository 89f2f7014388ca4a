// One worker thread of a pool: starts a worker entry (compiled JS, or TypeScript through tsx from the sources),
// waits for its `{ ready: true }`, and answers each request with the reply the worker posts back under the
// request's id (`{ id, reply }`). A worker that fails or exits fails every request it holds, so no caller waits
// forever.

import { Worker } from "node:worker_threads";

/** A started worker thread. */
export interface PoolThread<Request extends object, Reply> {
  /** Posts `request` with an id once the worker is ready; resolves with the worker's reply to it. */
  send(request: Request): Promise<Reply>;
  terminate(): Promise<void>;
}

interface Pending<Reply> {
  resolve: (reply: Reply) => void;
  reject: (error: Error) => void;
}

/**
 * What a worker thread runs for `entry`: compiled (this module is JavaScript in dist/), the entry's own .js file;
 * from the TypeScript sources (tests, tsx), a boot script that registers tsx's loader and imports the entry.
 */
export function workerScript(entry: URL): URL {
  if (import.meta.url.endsWith(".js")) return new URL(entry.href.replace(/\.ts$/, ".js"));
  return new URL("./run-ts-worker.mjs", import.meta.url);
}

/**
 * Starts the worker module at `entry` (its `.ts` URL; see workerScript) with `workerData` extended by `entry`.
 * @example
 * const thread = startPoolThread<{ texts: string[] }, number>(new URL("./readdoc-worker.ts", import.meta.url));
 * const tokens = await thread.send({ texts });
 */
export function startPoolThread<Request extends object, Reply>(
  entry: URL,
  workerData: Record<string, unknown> = {},
): PoolThread<Request, Reply> {
  const worker = new Worker(workerScript(entry), { workerData: { ...workerData, entry: entry.href } });
  // One set of handlers per worker (not per request, which would keep every request's replies alive).
  const pending = new Map<number, Pending<Reply>>();
  let failed: Error | null = null;
  let nextId = 0;
  const fail = (error: Error): void => {
    failed ??= error;
    for (const request of pending.values()) request.reject(error);
    pending.clear();
  };
  const ready = new Promise<void>((resolve, reject) => {
    worker.on("message", (message: { ready?: boolean; id?: number; reply?: Reply }) => {
      if (message.ready) return resolve();
      const request = pending.get(message.id ?? -1);
      pending.delete(message.id ?? -1);
      request?.resolve(message.reply as Reply);
    });
    worker.on("error", (error) => {
      fail(error);
      reject(error);
    });
    // A worker that ends without an error event (killed, out of memory): after terminate() nothing is pending.
    worker.on("exit", (code) => {
      const error = new Error(`the worker thread exited (code ${code}) with work in hand`);
      fail(error);
      reject(error);
    });
  });
  ready.catch(() => {}); // a start-up failure surfaces in send()
  return {
    async send(request) {
      await ready;
      if (failed) throw failed;
      const id = nextId++;
      return new Promise<Reply>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ ...request, id });
      });
    },
    terminate: async () => void (await worker.terminate()),
  };
}
