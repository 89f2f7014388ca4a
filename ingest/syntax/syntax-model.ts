// The trained syntax of newsgraph: a part-of-speech tagger and a dependency parser applied to one sentence's words.
// Built from a model file (model/model-file.ts) and loaded once per thread (load-syntax-model.ts).

import { wordAtoms } from "./model/word-atoms.ts";
import { createLinearScorer, createRowScorer, type SparseModelArrays } from "./model/sparse-linear-model.ts";
import { DependencyParser } from "./parser/dependency-parser.ts";
import { parserInput } from "./parser/parser-input.ts";
import { PartOfSpeechTagger } from "./tagger/part-of-speech-tagger.ts";
import { tagClasses, uposOf, xposOf } from "./tagger/tag-set.ts";
import { attachPunctuation } from "./parser/attach-punctuation.ts";
import { repairCoreArguments } from "./parser/repair-core-arguments.ts";

/** Longest run of words parsed as one tree; longer sentences are parsed in windows of this many words. */
export const MAX_PARSE_WORDS = 200;

/** A sentence's syntax: per word its tags, its head (index, -1 for the root word) and its UD relation. */
export interface SentenceSyntax {
  upos: string[];
  xpos: string[];
  heads: Int32Array;
  labels: string[];
}

/** The models and vocabularies a syntax model is built from. */
export interface SyntaxModelParts {
  tags: string[];
  /** The tagger's lexicon: word → ambiguity class (tagger/tag-lexicon.ts). */
  lexicon: ReadonlyMap<string, number>;
  /** Words tagged by lookup: word → combined tag (tagger/tag-lexicon.ts). */
  fixedTags: ReadonlyMap<string, string>;
  labels: string[];
  tagger: SparseModelArrays;
  transitions: SparseModelArrays;
  labeller: SparseModelArrays;
}

export class SyntaxModel {
  readonly tags: readonly string[];
  readonly labels: readonly string[];
  private readonly tagger: PartOfSpeechTagger;
  private readonly lexicon: ReadonlyMap<string, number>;
  private readonly parser: DependencyParser;
  private readonly upos: string[];
  private readonly xpos: string[];
  private readonly classes: ReturnType<typeof tagClasses>;
  private readonly conjLabel: number;
  private tagIds = new Int32Array(MAX_PARSE_WORDS);
  private headIds = new Int32Array(MAX_PARSE_WORDS);
  private labelIds = new Int32Array(MAX_PARSE_WORDS);

  constructor(parts: SyntaxModelParts) {
    this.tags = parts.tags;
    this.labels = parts.labels;
    this.lexicon = parts.lexicon;
    this.upos = parts.tags.map(uposOf);
    this.xpos = parts.tags.map(xposOf);
    this.classes = tagClasses(parts.tags);
    this.conjLabel = parts.labels.indexOf("conj");
    this.tagger = new PartOfSpeechTagger(createRowScorer(parts.tagger), parts.tags, parts.fixedTags);
    this.parser = new DependencyParser(
      createLinearScorer(parts.transitions),
      createRowScorer(parts.labeller),
      parts.labels,
    );
  }

  /**
   * Tags and parses one sentence given as its word forms. A sentence longer than MAX_PARSE_WORDS (a list, a table,
   * text without full stops) is parsed in consecutive windows of that many words, each with its own root, so the cost
   * stays linear in the input.
   * @example model.analyse(["NATO", "warned", "Russia", "."]).labels // ["nsubj", "root", "obj", "punct"]
   */
  analyse(forms: readonly string[]): SentenceSyntax {
    const n = forms.length;
    const upos = new Array<string>(n);
    const xpos = new Array<string>(n);
    const labels = new Array<string>(n);
    const heads = new Int32Array(n);
    for (let from = 0; from < n; from += MAX_PARSE_WORDS) {
      const window = forms.slice(from, Math.min(n, from + MAX_PARSE_WORDS));
      this.analyseWindow(window);
      for (let i = 0; i < window.length; i++) {
        const tag = this.tagIds[i] as number;
        const punctuation = this.classes.isPunctuation[tag] === 1;
        upos[from + i] = this.upos[tag] as string;
        xpos[from + i] = this.xpos[tag] as string;
        labels[from + i] = punctuation ? "punct" : (this.labels[this.labelIds[i] as number] as string);
        const head = this.headIds[i] as number;
        heads[from + i] = head < 0 ? -1 : head + from;
      }
    }
    return { upos, xpos, heads, labels };
  }

  /** Tags and parses up to MAX_PARSE_WORDS words into tagIds, headIds and labelIds. */
  private analyseWindow(forms: readonly string[]): void {
    const n = forms.length;
    if (this.tagIds.length < n) {
      this.tagIds = new Int32Array(n);
      this.headIds = new Int32Array(n);
      this.labelIds = new Int32Array(n);
    }
    const atoms = wordAtoms(forms, this.lexicon);
    this.tagger.tagInto(atoms, this.tagIds);
    const tags = this.tagIds.subarray(0, n);
    const input = parserInput(atoms, tags, this.classes.coarseOf, this.classes.isPunctuation);
    this.parser.parseInto(input, this.headIds, this.labelIds);
    repairCoreArguments(forms, this.headIds.subarray(0, n), this.labelIds.subarray(0, n), this.labels, this.conjLabel);
    const isPunctuation = Uint8Array.from(tags, (tag) => this.classes.isPunctuation[tag] as number);
    attachPunctuation(forms, this.headIds.subarray(0, n), isPunctuation);
  }
}
