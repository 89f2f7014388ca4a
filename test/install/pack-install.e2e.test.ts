// `npm pack`, then install the tarball into an empty folder and use it there as a user would: `newsgraph ingest`
// (two extraction threads, so the compiled worker entry runs too) and `newsgraph serve` showing the viewer. Offline:
// the dependencies come from npm's cache at the versions package-lock.json pins (see packed-lockfile.ts).

import { execFile, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT, VIEWER_DIST, buildViewer } from "../e2e/support/viewer-harness.ts";
import { writeNewsCorpus } from "../fixtures/hostile/generate-news-corpus.ts";
import { packedProjectFiles } from "./packed-lockfile.ts";

const run = promisify(execFile);
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

/** Above the pool's smallest batch for threads (16), so the installed worker entry runs. */
const ARTICLES = 24;

describe("the packed package, installed into an empty folder", () => {
  let work: string;
  let project: string;
  let skip: string | null = null;

  beforeAll(async () => {
    if (!existsSync(join(VIEWER_DIST, "index.html"))) await buildViewer();
    work = mkdtempSync(join(tmpdir(), "newsgraph-pack-"));
    // dist/ is fresh (the test run's global setup compiles it); prepare would build it all again.
    const { stdout } = await run(NPM, ["pack", "--ignore-scripts", "--json", "--pack-destination", work], { cwd: REPO_ROOT });
    const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
    const tarballName = packed!.filename;
    project = join(work, "project");
    mkdirSync(project);
    copyFileSync(join(work, tarballName), join(project, tarballName));
    const files = packedProjectFiles(
      join(project, tarballName),
      tarballName,
      JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")),
      JSON.parse(readFileSync(join(REPO_ROOT, "package-lock.json"), "utf8")),
    );
    writeFileSync(join(project, "package.json"), files.packageJson);
    writeFileSync(join(project, "package-lock.json"), files.packageLock);
    try {
      await run(NPM, ["ci", "--offline", "--ignore-scripts", "--no-audit", "--no-fund"], { cwd: project });
    } catch (error) {
      const text = String((error as { stderr?: string }).stderr ?? error);
      if (!/ENOTCACHED/.test(text)) throw error;
      skip = "npm's cache lacks a runtime dependency (run npm ci online once)";
      return;
    }
    // better-sqlite3's install script fetches a prebuilt binary for this Node (or compiles one for minutes): the
    // checkout's own binary of the same version stands in for that download.
    const addon = join("node_modules", "better-sqlite3", "build", "Release", "better_sqlite3.node");
    mkdirSync(join(project, addon, ".."), { recursive: true });
    copyFileSync(join(REPO_ROOT, addon), join(project, addon));
    writeNewsCorpus(join(project, "articles"), ARTICLES);
  }, 240_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("ships compiled JavaScript, the viewer bundle and no TypeScript loader", ({ skip: skipTest }) => {
    if (skip) skipTest(skip);
    const installed = join(project, "node_modules", "newsgraph");
    expect(existsSync(join(installed, "dist", "src", "cli", "run-cli.js"))).toBe(true);
    expect(existsSync(join(installed, "viewer", "dist", "index.html"))).toBe(true);
    expect(existsSync(join(installed, "src"))).toBe(false);
    const modules = readdirSync(join(project, "node_modules"));
    expect(modules).not.toContain("tsx");
    expect(modules).not.toContain("vite");
    expect(modules).not.toContain("typescript");
  });

  it("ingests a folder with the installed bin, on two extraction threads", async ({ skip: skipTest }) => {
    if (skip) skipTest(skip);
    const bin = join(project, "node_modules", ".bin", "newsgraph");
    const { stdout } = await run(bin, ["ingest", "articles", "--workers", "2"], { cwd: project });
    expect(stdout).toMatch(new RegExp(`articles\\s+${ARTICLES} new, 0 unchanged, 0 rejected`));
    expect(stdout).toMatch(/statements \+[1-9]/);
  }, 120_000);

  it("serves the viewer and the API over the store it made", async ({ skip: skipTest }) => {
    if (skip) skipTest(skip);
    const served = spawn(join(project, "node_modules", ".bin", "newsgraph"), ["serve", "--port", "0"], { cwd: project });
    const ended = new Promise<void>((resolve) => served.on("close", () => resolve()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let seen = "";
        let errors = "";
        served.stdout.on("data", (chunk: Buffer) => {
          seen += chunk.toString();
          const match = /at (http:\/\/\S+)/.exec(seen);
          if (match) resolve(match[1]!);
        });
        served.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
        void ended.then(() => reject(new Error(`serve ended: ${errors}`)));
      });
      const page = await (await fetch(url)).text();
      expect(page).toMatch(/<script type="module"[^>]+src="[^"]*assets\//);
      const stats = (await (await fetch(`${url}api/stats`)).json()) as { articles: number };
      expect(stats.articles).toBe(ARTICLES);
    } finally {
      served.kill("SIGTERM");
      await ended;
    }
  }, 60_000);
});
