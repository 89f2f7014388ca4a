// The extraction engine's entry point: one article's cleaned text in, its local actors and statements out.

import type { ActorType, ArticleRecord } from "../../graph-schema/index.ts";
import { createGazetteer } from "../gazetteer/gazetteer.ts";
import { analyzeText } from "../nlp/analyze-text.ts";
import { parseSentenceWithUnits } from "./syntax/parse-sentence.ts";
import { loadWinkReader } from "../nlp/create-wink-reader.ts";
import type { ArticleExtraction, LocalActor, LocalRelation } from "./article-extraction.ts";
import { resolveExtractorOptions, type ExtractorOptions } from "./extractor-options.ts";
import { findMentions, type Mention, type MentionContext } from "./mentions/find-mentions.ts";
import { linkActors, type ArticleActor } from "./mentions/link-actors.ts";
import { loadSyntaxModel } from "../syntax/load-syntax-model.ts";
import { loadEventLexicon } from "./lexicon/event-lexicon.ts";
import { loadPeopleLexicon } from "./lexicon/people-lexicon.ts";
import { addListedAffiliations, lexiconDay, listedAffiliations } from "./mentions/listed-people.ts";
import { loadAgentNouns } from "./clauses/agent-nouns.ts";
import { extractStatements } from "./extract-statements.ts";

export interface Extractor {
  readonly options: ExtractorOptions;
  /** Extracts the actors and statements of one article; offsets point into `text`. */
  extract(record: ArticleRecord, text: string): ArticleExtraction;
  /** The actor names recognised in `text` with their character ranges and the type of the actor they denote. */
  recognize(text: string): RecognizedName[];
}

/** A proper name recognised in the text (descriptions, pronouns and demonym adjectives are left out). */
export interface RecognizedName {
  start: number;
  end: number;
  text: string;
  type: ActorType;
}

const LISTED_TYPES = new Set(["COUNTRY", "ORGANIZATION", "MEDIA", "GROUP"]);
const NAMED_KINDS = new Set(["entity", "person", "name", "group"]);

/**
 * Creates an extractor; the wink model and gazetteer are built once and reused for every article.
 * @example
 * const extractor = createExtractor();
 * const { actors, relations } = extractor.extract(record, "NATO warns Russia\n\nNATO warned Russia on Monday.");
 */
export function createExtractor(partial: Partial<ExtractorOptions> = {}): Extractor {
  const options = resolveExtractorOptions(partial);
  const nlp = options.nlp ?? loadWinkReader();
  const gazetteer = createGazetteer(options.gazetteer);
  const metonyms = new Map(options.metonymy ? Object.entries(options.metonyms) : []);
  const syntax = loadSyntaxModel();
  const lexicon = loadEventLexicon();
  const peopleLexicon = options.people ?? loadPeopleLexicon();
  const sources = { lexicon, agentNouns: loadAgentNouns() };
  // Verbs are compared by lemma with the event lexicon; other words keep their lower-case form.
  const lemmatize = (lower: string, pos: string): string =>
    pos === "VERB" || pos === "AUX" ? lexicon.verbLemma(lower) : lower;
  /** Reads an article: tokens, sentences, mentions and actors, and with `parse` the syntax statements are read from. */
  const read = (text: string, parse: boolean) => {
    const analyzed = analyzeText(nlp, text, { lemmatize });
    const tokenEnds = new Uint8Array(text.length + 1);
    const commonWords = new Set<string>();
    for (const token of analyzed.tokens) {
      tokenEnds[token.end] = 1;
      if (!token.capitalised) commonWords.add(token.lower);
    }
    const context: MentionContext = {
      analyzed,
      gazetteer,
      metonyms,
      tokenEnds,
      gazetteerHits: new Array<MentionContext["gazetteerHits"][number]>(analyzed.tokens.length),
      knowsWord: nlp.knowsWord,
    };
    const perSentence: Mention[][] = [];
    const mentions: Mention[] = [];
    for (const sentence of analyzed.sentences) {
      const found = findMentions(context, sentence);
      perSentence.push(found);
      for (const mention of found) mentions.push(mention);
    }
    const actors = linkActors(mentions, gazetteer, commonWords, { lexicon: peopleLexicon });
    // Only a sentence that names an actor can state something: the others are not parsed (half of news sentences).
    // Names alone (recognize) need no parse: mentions and actors are found before it.
    if (parse)
      analyzed.sentences.forEach((sentence, i) => {
        const named = (perSentence[i] ?? []).filter((mention) => mention.actor >= 0);
        if (named.length === 0) return;
        const units = named.map((mention) => ({
          start: mention.tokenStart,
          end: mention.tokenEnd,
          word: parsedWord(mention),
        }));
        parseSentenceWithUnits(syntax, analyzed.tokens, sentence, units);
      });
    return { analyzed, perSentence, mentions, actors };
  };
  return {
    options,
    recognize(text) {
      const { mentions, actors } = read(text, false);
      const names: RecognizedName[] = [];
      for (const mention of mentions) {
        const actor = actors[mention.actor];
        if (!actor || !NAMED_KINDS.has(mention.kind) || mention.adjectival) continue;
        names.push({
          start: mention.start,
          end: mention.end,
          text: text.slice(mention.start, mention.end),
          type: actor.type,
        });
      }
      return names;
    },
    extract(record, text) {
      const { analyzed, mentions, actors } = read(text, true);
      const people = { lexicon: peopleLexicon, day: lexiconDay(record.published) };
      // An affiliation the article itself does not state (a dictionary's, by publication day) is what the graph knows
      // of the person, no evidence that they act for their country in this article: the statements read it only as
      // the side a speaker speaks from, and the actors get it after them.
      const listedSides = listedAffiliations(actors, people);
      const relations = extractStatements(sources, analyzed, mentions, actors, record.published, listedSides).filter(
        (relation) => relation.confidence >= options.minConfidence,
      );
      addListedAffiliations(actors, listedSides);
      return { article: record, text, ...publish(actors, relations) };
    },
  };
}

/** Keeps the actors worth listing (in a statement, known to the gazetteer, or a person seen twice or with a role), renumbered. */
function publish(
  actors: ArticleActor[],
  relations: LocalRelation[],
): { actors: LocalActor[]; relations: LocalRelation[] } {
  const used = new Set(relations.flatMap((r) => [r.subject, r.object, r.attributedTo ?? r.subject]));
  const kept = actors.filter(
    (actor) =>
      used.has(actor.localId) ||
      (actor.strong &&
        !actor.guessed &&
        actor.mentions > 0 &&
        (LISTED_TYPES.has(actor.type) || (actor.type === "PERSON" && (actor.mentions > 1 || actor.roles.length > 0)))),
  );
  const renumber = new Map<string, string>();
  const out: LocalActor[] = kept.map((actor, index) => {
    const localId = `l${index + 1}`;
    renumber.set(actor.localId, localId);
    const { strong: _strong, guessed: _guessed, ...local } = actor;
    return { ...local, localId };
  });
  const id = (old: string): string => renumber.get(old) ?? old;
  return {
    actors: out,
    relations: relations.map((r) => ({
      ...r,
      subject: id(r.subject),
      object: id(r.object),
      attributedTo: r.attributedTo === null ? null : id(r.attributedTo),
    })),
  };
}

/**
 * The word the parser reads for a mention when its last word as written would mislead it: a gazetteer actor written
 * in lower case ("the west" is read as "West": as "west" the parser takes it for a direction), and a person's name
 * ending like a verb form ("Xi Jinping" is read with a plain surname: as "Jinping" the tagger takes it for a verb).
 * Undefined for every other mention, read as written.
 */
function parsedWord(mention: Mention): string | undefined {
  const last = mention.surface.split(" ").at(-1) ?? "";
  if (mention.type === "PERSON" && /^\p{Lu}\p{Ll}+(ing|ed)$/u.test(last)) return PLAIN_SURNAME;
  if (mention.kind !== "entity" || mention.tokenEnd - mention.tokenStart < 2) return undefined;
  if (!/^\p{Ll}/u.test(last) || !mention.name.endsWith(last.charAt(0).toUpperCase() + last.slice(1))) return undefined;
  return last.charAt(0).toUpperCase() + last.slice(1);
}

/** A surname the treebanks give as a proper noun, read in place of one that looks like a verb. */
const PLAIN_SURNAME = "Smith";
