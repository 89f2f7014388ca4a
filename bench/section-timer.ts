// Wall time of each section of `npm run bench`, measured as it runs: logged when the section ends and kept for the
// JSON output (`sectionSeconds`), so the run's budget (2 min by default, 15 min with --full) can be checked per part.

/** Times named sections; `seconds` maps each name to its measured wall seconds (repeated names add up). */
export interface SectionTimer {
  seconds: Record<string, number>;
  /** Runs `section`, then records and logs its wall time, whether it resolved or threw. */
  time<T>(name: string, section: () => Promise<T>): Promise<T>;
}

/**
 * A timer that logs `section <name>: <s> s` through `log`; `now` (ms) is injectable for tests.
 * @example
 * const timer = createSectionTimer(console.error);
 * await timer.time("viewer", () => viewerRow(log));
 * timer.seconds; // { viewer: 31.2 }
 */
export function createSectionTimer(
  log: (line: string) => void,
  now: () => number = () => performance.now(),
): SectionTimer {
  const seconds: Record<string, number> = {};
  return {
    seconds,
    async time(name, section) {
      const started = now();
      try {
        return await section();
      } finally {
        const taken = Math.round(now() - started) / 1000;
        seconds[name] = Math.round(((seconds[name] ?? 0) + taken) * 1000) / 1000;
        log(`section ${name}: ${taken.toFixed(1)} s`);
      }
    },
  };
}
