// Runs one benchmark child script in its own Node process (so its memory high-water mark is its own) and reads the
// one result line it prints. Children: ingest-child.ts, reopen-child.ts.

import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { NewsgraphError } from "../graph-schema/index.ts";

/** The prefix of the line a child prints its JSON result on. */
export const BENCH_RESULT_PREFIX = "BENCH_RESULT ";

const RUN_TS = fileURLToPath(new URL("../bin/run-ts.mjs", import.meta.url));

/** Prints `result` as the child's result line (called by the child scripts). */
export function reportBenchResult(result: unknown): void {
  process.stdout.write(`${BENCH_RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

/** The high-water mark of this process's resident memory, in MiB (threads included). */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/**
 * Runs `bench/<script>` with `args` in a child Node process and resolves with its result line, parsed; the
 * child's stderr lines (progress) go to `log`.
 * @example const result = await runBenchChild<IngestChildResult>("ingest-child.ts", ["--corpus", file]);
 */
export function runBenchChild<T>(script: string, args: string[], log: (line: string) => void = () => {}): Promise<T> {
  const file = fileURLToPath(new URL(`./${script}`, import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [RUN_TS, file, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      stderr += text;
      for (const line of text.split("\n")) if (line.trim() !== "") log(`  ${script}: ${line}`);
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const line = stdout.split("\n").find((candidate) => candidate.startsWith(BENCH_RESULT_PREFIX));
      if (code !== 0 || line === undefined) {
        reject(
          new NewsgraphError(
            "INTERNAL",
            `bench/${script} exited with ${code} and no result line; its stderr ends: ${stderr.slice(-600)}`,
          ),
        );
        return;
      }
      resolve(JSON.parse(line.slice(BENCH_RESULT_PREFIX.length)) as T);
    });
  });
}
