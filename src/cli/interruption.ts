// SIGINT and SIGTERM for the CLI. A command that can stop at a safe point (ingest after the batch in hand, serve
// after closing its connections) says so with `handleGracefully()` and watches `signal`; for any other command the
// first signal ends the process at once. A second signal always ends it at once. Ending at once is as safe as a
// kill -9 (every store write is one transaction); the clean-ups registered with `onForcedExit` (temporary files)
// run first. Exit codes follow the shell: 130 for SIGINT, 143 for SIGTERM.

export type StopSignal = "SIGINT" | "SIGTERM";

export interface Interruption {
  /** Resolves with the first signal. */
  readonly signal: Promise<StopSignal>;
  /** The first signal, once it arrived. */
  readonly received: StopSignal | null;
  /** An AbortSignal aborted by the first signal, for code that takes one. */
  readonly abort: AbortSignal;
  /** The running command handles the first signal itself; without this, the first signal exits at once. */
  handleGracefully(): void;
  /** Runs `cleanup` (synchronously) before an exit forced by a signal; returns a function that unregisters it. */
  onForcedExit(cleanup: () => void): () => void;
}

/** The exit code after `signal`, as shells report it (128 + the signal number). */
export const exitCodeFor = (signal: StopSignal): number => (signal === "SIGINT" ? 130 : 143);

export interface InterruptionControls extends Interruption {
  /** Delivers a signal (what the process handler calls; tests call it directly). */
  deliver(signal: StopSignal): void;
}

/**
 * An interruption whose forced exit calls `exit` (process.exit in the CLI).
 * @example const interruption = createInterruption((code) => process.exit(code)); interruption.deliver("SIGINT");
 */
export function createInterruption(
  exit: (code: number) => void,
  onGracefulSignal: () => void = () => {},
): InterruptionControls {
  let graceful = false;
  let received: StopSignal | null = null;
  let resolveSignal: (signal: StopSignal) => void = () => {};
  const signal = new Promise<StopSignal>((resolve) => (resolveSignal = resolve));
  const controller = new AbortController();
  const cleanups = new Set<() => void>();
  const forceExit = (stop: StopSignal): void => {
    for (const cleanup of cleanups) {
      try {
        cleanup();
      } catch {
        // a clean-up that fails must not keep the process from ending
      }
    }
    exit(exitCodeFor(stop));
  };
  return {
    signal,
    get received() {
      return received;
    },
    abort: controller.signal,
    handleGracefully: () => void (graceful = true),
    onForcedExit(cleanup) {
      cleanups.add(cleanup);
      return () => void cleanups.delete(cleanup);
    },
    deliver(stop) {
      if (received !== null || !graceful) return forceExit(stop);
      received = stop;
      controller.abort(stop);
      resolveSignal(stop);
      onGracefulSignal();
    },
  };
}

/**
 * The process's interruption: SIGINT and SIGTERM handlers installed once. After a first signal a command handles
 * itself, the operating system's default action comes back (once signals already queued have reached the handler),
 * so a second signal ends the process even while its main thread is busy and no handler could run.
 */
export function processInterruption(): Interruption {
  const onSigint = (): void => interruption.deliver("SIGINT");
  const onSigterm = (): void => interruption.deliver("SIGTERM");
  const restoreDefaults = (): void =>
    void setImmediate(() => {
      process.removeListener("SIGINT", onSigint);
      process.removeListener("SIGTERM", onSigterm);
    });
  const interruption = createInterruption((code) => process.exit(code), restoreDefaults);
  process.on("SIGINT", onSigint);
  process.on("SIGTERM", onSigterm);
  return interruption;
}
