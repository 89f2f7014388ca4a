// The extraction workers run at a lower priority than the main thread. The main thread resolves and writes each
// batch in input order while the workers extract the next one; on a large store its work is the longer of the two,
// so when the threads outnumber the cores the scheduler should give the core to it: the workers' work can wait
// without delaying the run, the main thread's cannot. Linux only: there a thread's niceness is its own, while on
// other systems setPriority(0, …) would lower the whole process, main thread included.

import { getPriority, setPriority } from "node:os";

/**
 * How much nicer an extraction worker is than the thread that started it: under Linux's scheduler, a weight of
 * about a third of that thread's. It weighs the workers against other processes' threads as well.
 */
export const WORKER_NICENESS_STEP = 5;
const NICEST = 19;

/**
 * Makes the calling thread `step` nicer than it is (at most 19) on Linux; a no-op elsewhere, or where it is refused.
 * Returns the niceness it set, or null.
 */
export function lowerThisThreadPriority(
  step: number = WORKER_NICENESS_STEP,
  platform = process.platform,
): number | null {
  if (platform !== "linux") return null;
  try {
    const niceness = Math.min(NICEST, getPriority(0) + step);
    setPriority(0, niceness);
    return niceness;
  } catch {
    return null; // not permitted (a sandbox): run at the inherited priority
  }
}
