// Templates for the synthetic benchmark corpus: the demo articles, plus ../shared/corpus when it is present (read
// from there at run time, never copied). Each is read and cleaned by the real pipeline, and its people are found
// by the real extractor (outcomes passed in), so the substitutions touch what newsgraph itself sees as people.

import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ExtractOutcome } from "../ingest/pipeline/batch-extractor.ts";
import type { CleanedArticle } from "../ingest/pipeline/cleaned-article.ts";
import { readCleanArticles } from "../ingest/pipeline/read-clean-articles.ts";
import { COUNTRY_DATA } from "../ingest/gazetteer/country-data.ts";
import type { CorpusTemplate } from "./synthetic-corpus.ts";

export const REPO_ROOT = fileURLToPath(new URL("../", import.meta.url));
export const DEMO_ARTICLES_DIR = join(REPO_ROOT, "demo", "articles");
/** The shared corpus folders used when present (development machines and CI only). */
export const SHARED_CORPUS_DIRS = ["ukraine-crisis-2014", "ukraine-war-2022-24"].map((name) =>
  join(REPO_ROOT, "..", "shared", "corpus", name),
);
/** Templates need a lead and at least this many more paragraphs, so variants differ by more than names. */
export const MIN_TEMPLATE_PARAGRAPHS = 3;
/** Country names shorter than this are not swapped (too easy to hit inside other words or acronyms). */
const MIN_COUNTRY_NAME_CHARS = 4;

/** The gazetteer's canonical country names. */
export const COUNTRY_NAMES: readonly string[] = COUNTRY_DATA.map((row) => row.split("|")[0] ?? "").filter(
  (name) => name.length >= MIN_COUNTRY_NAME_CHARS,
);

export interface TemplateArticles {
  /** Every article read and cleaned (their texts are also the extraction rows' texts). */
  articles: CleanedArticle[];
  /** Folders read. */
  sources: string[];
}

function countriesIn(text: string): string[] {
  return COUNTRY_NAMES.filter((name) =>
    new RegExp(`(?<![\\p{L}])${name.replace(/[.]/g, "\\.")}(?![\\p{L}])`, "u").test(text),
  );
}

function paragraphsOf(article: CleanedArticle): string[] {
  const paragraphs = article.text
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "");
  return paragraphs[0] === article.record.title ? paragraphs.slice(1) : paragraphs;
}

/**
 * Reads and cleans the template folders that exist (the demo articles and the shared corpus by default).
 * @example const { articles } = await readTemplateArticles();
 */
export async function readTemplateArticles(
  dirs: string[] = [DEMO_ARTICLES_DIR, ...SHARED_CORPUS_DIRS],
): Promise<TemplateArticles> {
  const sources = dirs.filter((dir) => existsSync(dir));
  const articles: CleanedArticle[] = [];
  for await (const event of readCleanArticles(sources)) if (event.kind === "article") articles.push(event.article);
  return { articles, sources };
}

/**
 * Templates from cleaned articles and their extraction outcomes (same order): the extractor's PERSON actors become
 * the people to replace. Articles with too few paragraphs or nothing to replace are left out.
 */
export function buildCorpusTemplates(
  articles: readonly CleanedArticle[],
  outcomes: readonly ExtractOutcome[],
): CorpusTemplate[] {
  const templates: CorpusTemplate[] = [];
  articles.forEach((article, index) => {
    const outcome = outcomes[index];
    const paragraphs = paragraphsOf(article);
    const persons =
      outcome?.kind === "extracted"
        ? outcome.extraction.actors
            .filter((actor) => actor.type === "PERSON")
            .map((actor) => [actor.name, ...actor.aliases].filter((surface) => /^\p{Lu}\S{2,}/u.test(surface)))
            .filter((surfaces) => surfaces.length > 0)
        : [];
    const countries = countriesIn(article.text);
    if (paragraphs.length < MIN_TEMPLATE_PARAGRAPHS + 1 || persons.length + countries.length === 0) return;
    templates.push({
      origin: article.record.file,
      title: article.record.title,
      published: article.record.published,
      paragraphs,
      persons,
      countries,
    });
  });
  return templates;
}
