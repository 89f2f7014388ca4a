// Reported speech as acts: the speaker of "said / told / stressed / according to …" is the subject, and what the
// reported clause says about another actor types the act (../../shared/eval/ANNOTATION.md, "speech acts count"):
// an obligation put on them demands or appeals ("Russian forces must be pushed out"), blame accuses ("Moscow has been
// willing to conduct aggressive actions against Kyiv"), a consequence for them warns ("Russia will pay a price"), and
// an act of theirs the lexicon types is an accusation when hostile. The reported clause's own statements stay, said by
// the speaker (attribution).

import type { RelationType } from "../../../graph-schema/index.ts";
import type { Token } from "../../nlp/analyze-text.ts";
import type { Clause } from "../clauses/clause.ts";
import { nounLemma } from "../clauses/find-clauses.ts";
import type { ArticleActor } from "../mentions/link-actors.ts";
import { ALLEGATION_VERBS, DENIAL_VERBS, SPEECH_VERBS } from "../lexicon/newsgraph-verb-events.ts";
import { blamedAgents, blames, counters, datedOnly } from "./blame-in-content.ts";
import { APPEAL_MODALS, CONSEQUENCE_WORDS } from "./content-cues.ts";
import { conditionedParties } from "./conditioned-harm.ts";
import { commentators } from "./commentators.ts";
import { actorsOf, clauseSubjects, type NamedActor } from "./named-actors.ts";
import { quoteAt, type QuoteSpan } from "./quote-spans.ts";
import { sameSide, speaksFor, type Statement, type StatementContext } from "./statement.ts";

/** Words of responding: the content's subject is the responder, not the one who will bear the consequence. */
const RESPONSE_WORDS = new Set(["respond", "response", "retaliate", "retaliation"]);
/** The speaker's own acts that, announced or conditional, threaten their target. */
const HOSTILE_PLANS: ReadonlySet<RelationType> = new Set(["ATTACK", "SANCTION", "COERCE", "MOBILIZE"]);
/** Acts that, when a speaker reports another actor doing them, accuse that actor. */
const HOSTILE_ACTS: ReadonlySet<RelationType> = new Set(["ATTACK", "FIGHT", "THREATEN", "MOBILIZE", "COERCE"]);
/** Acts that, advocated by a speaker for others, are the speaker's support for their target. */
const HELPFUL_ACTS: ReadonlySet<RelationType> = new Set(["SUPPORT", "AID"]);
const FUTURE = new Set(["will", "would", "'ll", "going"]);
const PARATAXIS = new Set(["parataxis"]);
const ADVERBIAL = new Set(["advcl"]);
const MARKS = new Set(["mark"]);
const SPECULATIVE = new Set(["could", "might", "may", "would"]);
const POSSIBILITY_WORDS = new Set([
  "possible",
  "possibly",
  "likely",
  "imminent",
  "potential",
  "risk",
  "if",
  "prospect",
]);
const NEGATORS = new Set(["not", "n't", "never", "no"]);

function isNegated(context: StatementContext, predicate: number): boolean {
  return context.tree.children(predicate).some((c) => NEGATORS.has((context.tree.tokens[c] as Token).lower));
}
const CLAUSAL = new Set(["ccomp"]);

/** Whether `test` holds of a clause from `from` up to the reported clause's `root`, both included. */
function someClauseUpTo(context: StatementContext, from: number, root: number, test: (i: number) => boolean): boolean {
  let current = from;
  for (let steps = 0; current >= 0 && steps < context.tree.tokens.length; steps++) {
    if (test(current)) return true;
    if (current === root) return false;
    current = (context.tree.tokens[current] as Token).head;
  }
  return false;
}

/** A modal of obligation on the way up ("should continue to support"): help advocated, not reported. */
const obliges = (context: StatementContext, i: number): boolean =>
  [...modalsOf(context, i)].some((m) => APPEAL_MODALS.has(m) || m === "must" || m === "need");

/** Who reports what: the speakers and the roots of the clauses they report, and the word that says so. */
interface Report {
  speakers: NamedActor[];
  roots: number[];
  /** The quotation the reported clause lies in, whose every sentence the speaker reports. */
  quote: QuoteSpan | null;
  /** Whether the clause reports itself ("Russia attacked Ukraine, according to Kyiv"), not a complement. */
  itself: boolean;
}

/**
 * The reports a clause makes: a verb of speaking with its reported clauses ("Stoltenberg said…"), or any clause with
 * "according to X" (X reports the clause itself).
 */
function reportsOf(context: StatementContext, clause: Clause): Report[] {
  const out: Report[] = [];
  if (SPEECH_VERBS.has(clause.lemma)) {
    const speakers = clauseSubjects(context, clause);
    if (speakers.length > 0) {
      const roots = reportedClauses(context, clause.predicate);
      const quote = roots.map((root) => quoteAt(context.quotes, root)).find((span) => span !== null) ?? null;
      out.push({ speakers, roots, quote, itself: false });
    }
  }
  const according = clause.arguments.filter((a) => a.role === "oblique" && a.preposition === "according");
  if (according.length > 0) {
    const speakers = actorsOf(context, according, false);
    if (speakers.length > 0) out.push({ speakers, roots: [clause.predicate], quote: null, itself: true });
  }
  return out;
}

/** The roots of what a speech verb reports: its ccomp, or the clause it is a parenthetical of ("…, he said"). */
export function reportedClauses(context: StatementContext, speech: number): number[] {
  const { tree } = context;
  const token = tree.tokens[speech] as Token;
  const roots = tree.childrenWith(speech, CLAUSAL);
  if (token.deprel === "parataxis" && token.head >= 0) roots.push(token.head);
  for (const child of tree.childrenWith(speech, PARATAXIS)) roots.push(child);
  // "Russia attacked Ukraine again, Kuleba told the BBC": a clause before the verb with no subordinator of its own is
  // what is reported, however the parser labels it.
  for (const child of tree.childrenWith(speech, ADVERBIAL)) {
    if (child < speech && tree.childWith(child, MARKS) < 0) roots.push(child);
  }
  return roots;
}

const ACTORS_BY_NAME = new WeakMap<readonly ArticleActor[], Map<string, number>>();

/** The first article actor called `name`, or -1; the name index is built once per article. */
function actorNamed(actors: readonly ArticleActor[], name: string): number {
  let byName = ACTORS_BY_NAME.get(actors);
  if (byName === undefined) {
    byName = new Map();
    for (let i = actors.length - 1; i >= 0; i--) byName.set((actors[i] as ArticleActor).name, i);
    ACTORS_BY_NAME.set(actors, byName);
  }
  return byName.get(name) ?? -1;
}

const FIRST_PERSON_SINGULAR = new Set(["i", "me", "my", "mine", "myself"]);
const FIRST_PERSON_PLURAL = new Set(["we", "us", "our", "ours", "ourselves"]);
const THIRD_PERSON = new Set(["it", "he", "she", "they"]);
/** Nouns a speaker's "my" or "our" makes the speaker's country ("aggression against my country"). */
const HOMELAND_NOUNS = new Set(["country", "nation", "homeland", "motherland", "fatherland", "state"]);
const SUBJECT_RELATIONS = new Set(["nsubj", "nsubj:pass"]);
const PASSIVE_SUBJECTS = new Set(["nsubj:pass"]);

/**
 * Whether a third-person pronoun can stand for an actor of `type`: "it" and "they" for no person ("'They were
 * invaded by Putin,' Cameron said" is about others), "he" and "she" for one.
 */
function pronounFits(pronoun: string, type: string | undefined): boolean {
  if (pronoun === "it" || pronoun === "they") return type !== "PERSON";
  if (pronoun === "he" || pronoun === "she") return type === "PERSON";
  return true;
}

/**
 * In what a speaker reports, "I" is the speaker and "we" the speaker's side (their country or organisation when the
 * article names it): "'We will protect our security,' Johnson said" is the United Kingdom's. A reported clause whose
 * subject is an unresolved "it", "he", "she" or "they" is about the speaker too ("Russia says it may target…", "the
 * Russian side denies that it would attack"). Sets them in the context's actor-at-token map before statements are read.
 */
export function bindReportedPronouns(context: StatementContext, clause: Clause): void {
  const reports = reportsOf(context, clause);
  // "The Russian side denies that it would attack": the denier and the accused of their own content too.
  if (DENIAL_VERBS.has(clause.lemma) || ALLEGATION_VERBS.has(clause.lemma)) {
    const speakers = clauseSubjects(context, clause);
    if (speakers.length > 0) {
      reports.push({ speakers, roots: reportedClauses(context, clause.predicate), quote: null, itself: false });
    }
  }
  for (const report of reports) {
    const speaker = report.speakers[0] as NamedActor;
    const affiliation = context.actors[speaker.actor]?.affiliation ?? context.listedSides?.get(speaker.actor) ?? null;
    const named = affiliation === null ? -1 : actorNamed(context.actors, affiliation);
    // A state or a body speaking is its own side ("'Russia attacked our country,' Ukraine's foreign ministry said").
    const side = named >= 0 || context.actors[speaker.actor]?.type === "PERSON" ? named : speaker.actor;
    for (const root of report.roots) {
      for (const subject of context.tree.childrenWith(root, SUBJECT_RELATIONS)) {
        const token = context.tree.tokens[subject] as Token;
        if (
          token.upos === "PRON" &&
          THIRD_PERSON.has(token.lower) &&
          context.actorAt[subject] === -1 &&
          pronounFits(token.lower, context.actors[speaker.actor]?.type)
        ) {
          context.actorAt[subject] = speaker.actor;
        }
      }
      const bind = (i: number): void => {
        const token = context.tree.tokens[i] as Token;
        if (token.upos !== "PRON" || context.actorAt[i] !== -1) return;
        // "my country", "our nation": the speaker's country, when the article names it; never the speaker.
        const owned = context.tree.tokens[token.head];
        if (token.deprel === "nmod:poss" && owned && HOMELAND_NOUNS.has(nounLemma(owned.lower))) {
          if (side >= 0 && context.actorAt[token.head] === -1) context.actorAt[token.head] = side;
          return;
        }
        if (FIRST_PERSON_SINGULAR.has(token.lower)) context.actorAt[i] = speaker.actor;
        else if (FIRST_PERSON_PLURAL.has(token.lower)) context.actorAt[i] = side >= 0 ? side : speaker.actor;
      };
      const stack = [root];
      while (stack.length > 0) {
        const i = stack.pop() as number;
        bind(i);
        if (i !== clause.predicate) for (const child of context.tree.children(i)) stack.push(child);
      }
      if (report.quote) for (let i = report.quote.start; i <= report.quote.end; i++) bind(i);
    }
  }
}

/**
 * The words of the reported clause's subtree, lower-cased; with `ownOnly`, not those of relative clauses in it (a
 * "possible" there is the relative clause's: "the regime, which considered it the only possible way").
 */
function contentWords(context: StatementContext, root: number, ownOnly = false): Set<string> {
  const words = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const i = stack.pop() as number;
    const token = context.tree.tokens[i] as Token;
    words.add(token.lower);
    for (const child of context.tree.children(i))
      if (!ownOnly || !RELATIVE_CLAUSES.has((context.tree.tokens[child] as Token).deprel)) stack.push(child);
  }
  return words;
}
const RELATIVE_CLAUSES = new Set(["acl:relcl"]);

/** Whether `i` is a predicate adjective or a nominal with a copula ("is responsible", "was a threat"). */
function isPredicative(context: StatementContext, i: number): boolean {
  const token = context.tree.tokens[i] as Token;
  return (
    token.upos === "ADJ" || context.tree.children(i).some((c) => (context.tree.tokens[c] as Token).deprel === "cop")
  );
}

/** Auxiliary and modal words of a clause's predicate ("must", "will", "should", "has"). */
function modalsOf(context: StatementContext, predicate: number): Set<string> {
  const out = new Set<string>();
  for (const child of context.tree.children(predicate)) {
    const token = context.tree.tokens[child] as Token;
    if (token.deprel === "aux" || token.deprel === "aux:pass") out.add(token.lower);
    // "need to", "have to": the verb before an xcomp "to".
    if (token.deprel === "xcomp" && (context.tree.tokens[predicate] as Token).lower.match(/^(need|needs|have|has)$/))
      out.add("need");
  }
  if ((context.tree.tokens[predicate] as Token).xpos === "MD") out.add((context.tree.tokens[predicate] as Token).lower);
  return out;
}

/** The sentences a quotation reaches beyond its speech verb's, and their statements (statements/quoted-sentences.ts). */
export interface QuotedSentences {
  /** The other sentences of `quote` (reported from `sentence`) and of the quotations continuing it, with their roots. */
  sentencesOf(quote: QuoteSpan, sentence: number): ReadonlyArray<{ sentence: number; root: number }>;
  /** The clause-level statements of sentence `index`. */
  statementsOf(index: number): Statement[];
}

/**
 * The acts reported speech makes, and the reported statements it attributes: `statements` are the clause-level
 * statements of the sentence; those inside a reported clause get the speaker.
 */
export function speechStatements(
  context: StatementContext,
  clause: Clause,
  sentence: number,
  statements: Statement[],
  quoted?: QuotedSentences,
): Statement[] {
  const out: Statement[] = [];
  const { tree, actors } = context;
  for (const { speakers, roots, quote, itself } of reportsOf(context, clause)) {
    // What the report covers: the clauses under its roots, and the reporting clause only when it reports itself.
    const covered = (predicate: number): boolean => itself || predicate !== clause.predicate;
    // The quotation's other sentences are the speaker's too.
    if (quote) {
      for (const inner of statements) {
        if (inner.speaker < 0 && inner.predicate >= quote.start && inner.predicate <= quote.end) {
          inner.speaker = (speakers[0] as NamedActor).actor;
        }
      }
    }
    // The quotation's other sentences, and the quotations that continue it, say what the speaker says
    // ("'Russia is committing war crimes. It must be held accountable,' said Blinken"; "…,' he said. 'Moscow must
    // withdraw.'"): their main clauses are reported too, each with its own sentence's statements.
    const sources: Array<{ root: number; rootSentence: number; statements: Statement[] }> = roots.map((root) => ({
      root,
      rootSentence: sentence,
      statements,
    }));
    if (quote && quoted && !itself) {
      for (const other of quoted.sentencesOf(quote, sentence)) {
        const own = quoted.statementsOf(other.sentence);
        for (const inner of own) if (inner.speaker < 0) inner.speaker = (speakers[0] as NamedActor).actor;
        sources.push({ root: other.root, rootSentence: other.sentence, statements: own });
      }
    }
    for (const { root, rootSentence, statements: rootStatements } of sources) {
      // A reported main clause of another sentence is the evidence of what it says; the speech verb scopes it.
      const elsewhere = rootSentence !== sentence;
      for (const inner of rootStatements) {
        if (inner.speaker < 0 && covered(inner.predicate) && tree.dominates(root, inner.predicate)) {
          inner.speaker = (speakers[0] as NamedActor).actor;
        }
      }
      const content = context.clauseAt.get(root);
      // Whom the reported clause is about: its subject, or the owner of its subject ("NATO expansion is a threat").
      // A reported predicate adjective or nominal ("Moscow has been willing to…", "Belarus is an accomplice") has its
      // subject as a child of its own.
      const subjects = content
        ? content.arguments.filter((a) => a.role === "subject")
        : isPredicative(context, root)
          ? tree
              .childrenWith(root, SUBJECT_RELATIONS)
              .map((head) => ({ head, role: "subject" as const, preposition: "", inherited: false }))
          : [];
      // In a sentence reached only through the quotation, a pronoun may be anyone's: only names are targets ("Its
      // role should be condemned"); and what an adverbial clause says is background ("Even before Putin launched his
      // invasion, …").
      const pronounFor = (named: NamedActor): boolean =>
        [named.token, ...tree.children(named.token)].some(
          (i) => (tree.tokens[i] as Token).upos === "PRON" && context.actorAt[i] === named.actor,
        );
      const background = (i: number): boolean =>
        someClauseUpTo(context, i, root, (k) => (tree.tokens[k] as Token).deprel === "advcl");
      const named = (found: NamedActor): boolean => !elsewhere || (!pronounFor(found) && !background(found.token));
      const targets = actorsOf(context, subjects, true).filter(named);
      // Whom an obligation or a consequence falls on: also the passive's patient ("Russian forces must be pushed out",
      // "Russia will be made to pay"), not only its agent.
      const patients = content?.passive
        ? actorsOf(
            context,
            tree
              .childrenWith(root, PASSIVE_SUBJECTS)
              .map((head) => ({ head, role: "object" as const, preposition: "", inherited: false })),
            true,
          ).filter(named)
        : [];
      // Blame named with its owner ("Russia's continued aggression", "its aggression") is aimed at the owner.
      const blamed = blamedAgents(context, root).filter(named);
      const modals = modalsOf(context, root);
      const words = contentWords(context, root);
      const inside = rootStatements.filter(
        (s) =>
          covered(s.predicate) &&
          tree.dominates(root, s.predicate) &&
          !(elsewhere && background(s.predicate)) &&
          // "…challenged amid Moscow's invasion": what only dates the content is not said of anyone.
          !datedOnly(context, root, s.predicate),
      );
      const negated = isNegated(context, root);
      const speculative =
        [...modals].some((m) => SPECULATIVE.has(m)) ||
        [...contentWords(context, root, true)].some((w) => POSSIBILITY_WORDS.has(w));
      const blame = blames(context, root);
      const demand = modals.has("must") || modals.has("need");
      const appeal = [...modals].some((m) => APPEAL_MODALS.has(m));
      const future = [...modals].some((m) => FUTURE.has(m));
      for (const speaker of speakers) {
        const add = (object: NamedActor, type: RelationType, contentNegated = false): void => {
          if (speaksFor(context, speaker.actor, object.actor)) return;
          // A news outlet reporting ("according to AP, …", "Reuters reported that …") is the source, not an actor
          // accusing or warning anyone: what it reports keeps it as the attribution only.
          if (actors[speaker.actor]?.type === "MEDIA") return;
          // Nor is a commentator ("Prof Paul Dibb, an emeritus professor at…, said Russia is unlikely to…").
          if (commentators(context).has(speaker.actor)) return;
          if (out.some((s) => s.subject === speaker.actor && s.object === object.actor && s.sentence === rootSentence))
            return;
          out.push({
            subject: speaker.actor,
            object: object.actor,
            subjectToken: speaker.token,
            objectToken: object.token,
            type,
            predicate: elsewhere ? root : clause.predicate,
            scope: clause.predicate,
            sentence: rootSentence,
            origin: "speech",
            speaker: speaker.actor,
            negated: false,
            hypothetical: false,
            contentNegated,
          });
        };
        const consequence = future && [...words].some((w) => CONSEQUENCE_WORDS.has(w));
        // "jets would join the NATO mission in response to the crisis": the subject of a response is the one who
        // responds, warned of nothing; the harm it answers with falls on others ("Russia will pay a price" warns Russia).
        const harmOnSubject = future && [...words].some((w) => CONSEQUENCE_WORDS.has(w) && !RESPONSE_WORDS.has(w));
        for (const patient of patients) {
          if (demand) add(patient, "DEMAND");
          else if (appeal) add(patient, "APPEAL");
          else if (consequence) add(patient, "WARN");
        }
        // "there would be enormous consequences if Russia made a move": a warning to the condition's subject.
        if (targets.length === 0 && patients.length === 0 && !negated)
          for (const party of conditionedParties(context, root)) add(party, "WARN");
        for (const target of targets) {
          if (demand) add(target, "DEMAND");
          else if (appeal) add(target, "APPEAL");
          else if (harmOnSubject) add(target, "WARN");
          // Blame for what someone might do is a warning about them; for what they did, an accusation ("insisted that
          // Poland is not a threat": a negated one).
          else if (blame) add(target, speculative ? "WARN" : "ACCUSE", negated);
        }
        // An act of blame that only might happen ("sanctions in the case of a Russian invasion") warns about its owner.
        const unrealised = (owner: NamedActor): boolean => {
          const noun = (tree.tokens[owner.token] as Token).head;
          return inside.some((s) => s.predicate === noun && s.hypothetical);
        };
        if (!negated) for (const owner of blamed) add(owner, speculative || unrealised(owner) ? "WARN" : "ACCUSE");
        for (const inner of inside) {
          const object = { actor: inner.object, token: inner.objectToken };
          const own = sameSide(actors, speaker.actor, inner.subject);
          // The speaker's own hostile act, announced or conditional, is a threat ("he would impose sanctions if…").
          if (own && HOSTILE_PLANS.has(inner.type) && inner.hypothetical && !inner.negated) add(object, "THREATEN");
          // A negated clause above the act reports no act ("Putin has not made a decision about whether to invade").
          if (
            own ||
            inner.negated ||
            (inner.predicate !== root &&
              someClauseUpTo(context, (tree.tokens[inner.predicate] as Token).head, root, (i) => isNegated(context, i)))
          )
            continue;
          // Countering another's act ("helping Israel repel an attack from Iran") is defence, no accusation.
          if (HOSTILE_ACTS.has(inner.type) && !counters(context, tree.tokens[inner.predicate] as Token)) {
            // What a speaker "claims" or "alleges" is unasserted for the graph because of that verb alone: the
            // speaker still accuses ("the White House claimed Russia had used North Korean missiles"), and warns only
            // of what the content itself says may happen.
            const open = ALLEGATION_VERBS.has(clause.lemma) ? speculative : inner.hypothetical || speculative;
            add({ actor: inner.subject, token: inner.subjectToken }, open ? "WARN" : "ACCUSE");
          } else if (
            HELPFUL_ACTS.has(inner.type) &&
            (someClauseUpTo(context, inner.predicate, root, (i) => obliges(context, i)) || demand || appeal)
          ) {
            // Advocating help for someone ("governments should continue to support Ukraine") is supporting them;
            // reporting someone else's help ("CNA said Russia has sent troops to Belarus") is not.
            add(object, "SUPPORT");
          }
        }
      }
    }
  }
  return out;
}
