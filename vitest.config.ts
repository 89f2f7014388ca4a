// Test projects: `unit` (everything in-process), `e2e` (real browser against a served store), `int` (real Neo4j
// when NEO4J_URI is set). `npm test` runs all three; the int suite skips itself, with its reason, without NEO4J_URI.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The CLI that tests start as a process runs from dist/: compiled again when a source is newer.
    globalSetup: ["test/support/build-cli.global-setup.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/**/*.e2e.test.ts", "test/**/*.int.test.ts"],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["test/**/*.e2e.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: "int",
          include: ["test/**/*.int.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
