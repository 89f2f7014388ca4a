// Statements from one clause: the predicate's event type from the lexicon (a verb with the words around it, an event
// noun, or the event noun a light verb takes as object), its subjects and targets from the clause's arguments, and
// every subject–target pair of distinct actors. A verb of speaking is left to reported-speech.ts; an object that is
// a claim ("rejected the accusations") to replies.ts.

import type { RelationType } from "../../../graph-schema/index.ts";
import type { Token } from "../../nlp/analyze-text.ts";
import type { Clause, ClauseArgument } from "../clauses/clause.ts";
import { actOwner, nounLemma, prepositionOf, spreadConjuncts } from "../clauses/find-clauses.ts";
import { FRONTIERS, isPopulation } from "../clauses/argument-actors.ts";
import { isArms, LIGHT_VERBS, NOMINAL_EVENTS, TRANSFER_VERBS } from "../lexicon/nominal-events.ts";
import { SPEECH_VERBS } from "../lexicon/newsgraph-verb-events.ts";
import { blockedEventOwners } from "./blocked-acts.ts";
import { frontierWithdrawnFrom, isForces, sendsForcesToFrontier } from "./frontier-moves.ts";
import { datesSomethingElse, typeOfNoun } from "./event-noun-readings.ts";
import { holdsBlame, NAMING_VERBS, nameGiven } from "./naming-acts.ts";
import { actorsOf, clauseSubjects, type NamedActor } from "./named-actors.ts";
import { receivedAct } from "./received-acts.ts";
import { stoppedCooperation } from "./stopped-cooperation.ts";
import { characterisationReply, claimReply, eventReply, type PendingReply } from "./replies.ts";
import { jointPartners } from "./joint-acts.ts";
import { contentClauses, eventsWithin, HOSTILE_EVENTS } from "./answered-content.ts";
import { isAmount } from "./amount-phrases.ts";
import { isTargetPreposition, SYMMETRIC_TYPES } from "./target-prepositions.ts";
import { sameSide, speaksFor, type Statement, type StatementContext, type StatementOrigin } from "./statement.ts";

/**
 * Acts whose target may be the owner of what they name: someone's conduct ("condemned Russia's actions"), people and
 * bodies of a country ("sanctions on Russian banks", "attacks on Ukrainian cities", "troops on the Ukrainian border").
 */
const OWNED_TARGET_TYPES: ReadonlySet<RelationType> = new Set([
  "CRITICIZE",
  "ACCUSE",
  "REJECT",
  "DENY",
  "PROTEST",
  "WARN",
  "THREATEN",
  "SANCTION",
  "ATTACK",
  "COERCE",
  "MOBILIZE",
]);
/** Acts that approve: aimed at an act someone undertakes, they approve of that someone. */
const ENDORSING_TYPES: ReadonlySet<RelationType> = new Set(["PRAISE", "SUPPORT", "AGREE"]);
/** Acts that answer someone's conduct: aimed at an event ("condemned the aggression"), they target its agent. */
const ANSWERING_TYPES: ReadonlySet<RelationType> = new Set(["CRITICIZE", "ACCUSE", "PROTEST", "REJECT", "WARN"]);
/** Meetings and talks: their partners are actors, never the owners of what is discussed. */
const TALKING_TYPES: ReadonlySet<RelationType> = new Set(["MEET", "NEGOTIATE"]);
/** Nouns of speech: an attack "in a speech" or "in an interview" is verbal. */
const SPEECH_NOUNS = new Set([
  "speech",
  "statement",
  "interview",
  "tweet",
  "post",
  "article",
  "letter",
  "remark",
  "address",
  "column",
  "message",
  "video",
  "op-ed",
  "editorial",
  "broadcast",
]);
/** Nouns of a frontier: forces sent there mobilise against whoever's frontier it is. */
/** Verbal acts: an attack coordinated with one is verbal too ("smearing and attacking Beijing"). */
const VERBAL_TYPES: ReadonlySet<RelationType> = new Set(["CRITICIZE", "ACCUSE", "WARN", "DENY", "REJECT"]);

/** Whether an attack is made in words: in a speech, an interview…, or coordinated with a verbal act. */
function isVerbal(context: StatementContext, clause: Clause, obliques: readonly ClauseArgument[]): boolean {
  const { tree, lexicon } = context;
  if (
    obliques.some(
      (a) =>
        (a.preposition === "in" || a.preposition === "during") &&
        SPEECH_NOUNS.has(nounLemma((tree.tokens[a.head] as Token).lower)),
    )
  ) {
    return true;
  }
  const token = tree.tokens[clause.predicate] as Token;
  const linked = [
    ...tree.childrenWith(clause.predicate, CONJUNCT_RELATIONS),
    ...(token.deprel === "conj" && token.head >= 0 ? [token.head] : []),
  ];
  return linked.some((verb) => {
    const lemma = lexicon.verbLemma((tree.tokens[verb] as Token).lower);
    const linkedType = lexicon.verbEvent(lemma)?.type;
    return SPEECH_VERBS.has(lemma) || (linkedType !== undefined && VERBAL_TYPES.has(linkedType));
  });
}

const CONJUNCT_RELATIONS = new Set(["conj"]);
/**
 * Whether the verb at `predicate` takes an infinitive with "to" for its object to do ("called X to withdraw"), however
 * the parse attaches it (to the verb as its complement or a purpose clause, or to its object).
 */
function urgedInfinitive(tree: StatementContext["tree"], predicate: number): boolean {
  const withTo = (i: number): boolean =>
    tree
      .children(i)
      .some((c) => (tree.tokens[c] as Token).lower === "to" && (tree.tokens[c] as Token).deprel === "mark");
  return tree.children(predicate).some((child) => {
    const deprel = (tree.tokens[child] as Token).deprel;
    if (child < predicate) return false;
    if (deprel === "xcomp" || deprel === "advcl") return withTo(child);
    return (
      deprel === "obj" && tree.children(child).some((c) => (tree.tokens[c] as Token).deprel === "acl" && withTo(c))
    );
  });
}

/** Verbs and nouns of going somewhere: what they reach is a place unless it is known as an actor. */
const VISITING = new Set(["visit", "travel", "go", "arrive", "tour", "trip"]);
/** Acts whose target may be the subject of the clause they take ("warned that Russia would pay a price"). */
const COMPLEMENT_TARGET_TYPES: ReadonlySet<RelationType> = new Set([
  "AID",
  "SUPPORT",
  "WARN",
  "THREATEN",
  "ACCUSE",
  "CRITICIZE",
  "DEMAND",
  "APPEAL",
]);

/** The actors a clause's subjects name. */
function subjectsOf(context: StatementContext, clause: Clause): NamedActor[] {
  const subjects = clause.arguments.filter((a) => a.role === "subject");
  const named = actorsOf(context, subjects, false);
  if (named.length > 0) return named;
  // "Ukrainian drones attacked Belgorod", "Russian missiles struck Kyiv": arms that act stand for whose they are.
  const arms = subjects.filter((a) => {
    const lemma = nounLemma((context.tree.tokens[a.head] as Token).lower);
    return isArms(context.lexicon.things, lemma);
  });
  return arms.length > 0 ? actorsOf(context, arms, true) : named;
}

type StatementBase = Omit<Statement, "subject" | "object" | "subjectToken" | "objectToken">;

/** What every statement of a clause shares, before modality and attribution. */
function clauseBase(clause: Clause, sentence: number, type: RelationType, origin: StatementOrigin): StatementBase {
  return {
    type,
    predicate: clause.predicate,
    scope: clause.predicate,
    sentence,
    origin,
    speaker: -1,
    negated: false,
    hypothetical: false,
  };
}

function pairs(subjects: readonly NamedActor[], objects: readonly NamedActor[], base: StatementBase): Statement[] {
  const out: Statement[] = [];
  for (const s of subjects) {
    for (const o of objects) {
      if (s.actor !== o.actor)
        out.push({ ...base, subject: s.actor, object: o.actor, subjectToken: s.token, objectToken: o.token });
    }
  }
  return out;
}

/** Statements of a clause, and the replies it leaves to resolve. */
export function clauseStatements(
  context: StatementContext,
  clause: Clause,
  sentence: number,
): { statements: Statement[]; replies: PendingReply[] } {
  const none = { statements: [], replies: [] };
  const { tree } = context;
  let type: RelationType | null = null;
  let origin: StatementOrigin = clause.kind === "noun" ? "nominal" : "clause";
  let targets = clause.arguments.filter((a) => a.role === "object" || a.role === "recipient");
  let obliques = clause.arguments.filter((a) => a.role === "oblique");
  /** Obliques of the event noun a light verb takes: they follow the noun's prepositions ("an invasion of Ukraine"). */
  let nounObliques: ReadonlySet<ClauseArgument> = new Set();
  /** The event noun a light verb takes, when it types the act. */
  let eventNoun: number | undefined;
  /** Prepositions of the dictionary pattern that typed the verb ("stood by Kyiv"): their phrases name the target. */
  let patternPrepositions: readonly string[] = [];
  /** The cooperative act a stopping verb stops ("halted aid to Kabul": AID), whose target phrases it keeps. */
  let stopped: RelationType | null = null;
  /** An event other than a meeting, as what talks are about ("discussed the invasion"; not "attended a Nato summit"). */
  const discussedEvent = (a: ClauseArgument): boolean => {
    const lemma = nounLemma((tree.tokens[a.head] as Token).lower);
    const event = NOMINAL_EVENTS.get(lemma);
    return isEvent(a) && !(event !== undefined && "type" in event && TALKING_TYPES.has(event.type));
  };
  /** An event noun, or a noun with an event clause of its own ("sanctions", "the invasion", "an aid package"). */
  const isEvent = (a: ClauseArgument): boolean =>
    NOMINAL_EVENTS.has(nounLemma((tree.tokens[a.head] as Token).lower)) ||
    context.clauseAt.get(a.head)?.kind === "noun";
  /**
   * Phrases of an object that names no event, taken as the clause's own: no partner of a symmetric act is among them
   * ("discussed the transfer of children to Russia" is no meeting with Russia; "signed a pact with the EU" is).
   */
  const ofThings = new Set<ClauseArgument>();
  /** Phrases of an object that names no actor ("the aggression against Ukraine"): what it is about, not whom. */
  const objectPhrases = new Set<ClauseArgument>();
  // A target phrase parsed as a modifier of the object ("massed troops on the Ukrainian border", "announced sanctions
  // on Russian figures") counts as the clause's own oblique: the attachment of such phrases is the parser's weakest.
  for (const target of targets) {
    for (const child of tree.children(target.head)) {
      if ((tree.tokens[child] as Token).deprel !== "nmod") continue;
      const preposition = prepositionOf(tree, child);
      for (const head of spreadConjuncts(tree, child)) {
        const promoted: ClauseArgument = { head, role: "oblique", preposition, inherited: false };
        obliques.push(promoted);
        if (context.actorAt[target.head] === -1) objectPhrases.add(promoted);
        if (!NOMINAL_EVENTS.has(nounLemma((tree.tokens[target.head] as Token).lower))) ofThings.add(promoted);
      }
    }
  }
  // "agreed on a ceasefire with Russia": a "with" phrase the parse hung on what a verb's "on" or "to" phrase names
  // is the verb's own partner phrase.
  if (clause.kind === "verb") {
    for (const oblique of [...obliques]) {
      if (oblique.preposition !== "on" && oblique.preposition !== "to") continue;
      // "gathered on the border with Ukraine": a frontier's "with" names the country across it, no partner.
      if (FRONTIERS.has(nounLemma((tree.tokens[oblique.head] as Token).lower))) continue;
      for (const child of tree.children(oblique.head)) {
        if ((tree.tokens[child] as Token).deprel !== "nmod" || prepositionOf(tree, child) !== "with") continue;
        for (const head of spreadConjuncts(tree, child))
          obliques.push({ head, role: "oblique", preposition: "with", inherited: false });
      }
    }
  }
  // "on the first anniversary of Russia's invasion", "since the start of the war": an event named only to date
  // something else is background, not a statement of the sentence.
  if (clause.kind === "noun" && datesSomethingElse(context, clause.predicate)) return none;
  if (clause.kind === "noun") type = typeOfNoun(context, clause.lemma, clause);
  else {
    // The event noun is the object of a light verb ("imposed sanctions"), or the oblique that says what the object is
    // ("provided $2 billion in aid").
    // "approved an aid package": an event noun as the compound of the object names the event too.
    // "allocate $713m of military aid", "imposed a new package of sanctions": an amount of an event names it.
    const measured = (a: ClauseArgument): boolean =>
      ofThings.has(a) && targets.some((t) => isAmount(tree, t.head) && tree.children(t.head).includes(a.head));
    // "took part in the attack on Kyiv": taking part in an event does it, as "participated in" does.
    const takesPart =
      clause.lemma === "take" &&
      targets.some((a) => a.role === "object" && (tree.tokens[a.head] as Token).lower === "part");
    const light = LIGHT_VERBS.has(clause.lemma) || takesPart;
    if (takesPart) targets = targets.filter((a) => (tree.tokens[a.head] as Token).lower !== "part");
    const eventObject = light
      ? (targets.find(isEvent) ??
        obliques.find((a) => (a.preposition === "in" || (a.preposition === "of" && measured(a))) && isEvent(a)))
      : undefined;
    // A verb of speaking is reported speech ("announced that…"), unless it announces an act ("announced sanctions").
    // ("declared Russia a terrorist state" names, and is read below).
    const names = NAMING_VERBS.has(clause.lemma) && nameGiven(context, clause) >= 0;
    if (SPEECH_VERBS.has(clause.lemma) && eventObject === undefined && !names) return none;
    // Wanting or expecting a clause or an event ("expects a meeting with Blinken") is typed by what is wanted.
    const takesClause = clause.complements.length > 0 || targets.some(isEvent);
    const event = context.lexicon.verbEvent(clause.lemma, { ...clause, takesClause });
    type = event?.type ?? null;
    // "called the Kosovo authorities to withdraw": calling someone to do something urges them (a call is a meeting
    // only without an infinitive for its object to do).
    if (type === "MEET" && clause.lemma === "call" && targets.length > 0 && urgedInfinitive(tree, clause.predicate))
      type = "APPEAL";
    patternPrepositions = event?.prepositions ?? [];
    const stop = stoppedCooperation(context, clause, targets, obliques);
    stopped = stop?.type ?? null;
    if (stop) {
      type = "SANCTION";
      // The left event's own phrases name its partner ("withdrew from talks with Moscow").
      if (stop.event.role === "oblique") {
        const eventArgs = context.clauseAt.get(stop.event.head)?.arguments.filter((a) => a.role === "oblique") ?? [];
        obliques = [...obliques.filter((a) => a !== stop.event), ...eventArgs];
      }
    }
    if (light) {
      const nounClause = eventObject ? context.clauseAt.get(eventObject.head) : undefined;
      const nounType = eventObject
        ? typeOfNoun(
            context,
            nounClause?.lemma ?? nounLemma((tree.tokens[eventObject.head] as Token).lower),
            nounClause ?? clause,
          )
        : null;
      if (eventObject && nounType) {
        type = nounType;
        origin = "light-verb";
        eventNoun = eventObject.head;
        // The event noun's own "of", "on", "with"… phrases name the target, as do the verb's obliques.
        const nounArgs = nounClause?.arguments.filter((a) => a.role === "oblique") ?? [];
        obliques = [...obliques, ...nounArgs];
        nounObliques = new Set(nounArgs);
        targets = targets.filter((a) => a !== eventObject && !(eventObject.role === "oblique" && a.role === "object"));
        obliques = obliques.filter((a) => a !== eventObject);
      }
    }
  }
  // Naming something ("called Putin's invasion a senseless war") is no phone call: the verb's bare reading does not
  // apply, only a dictionary pattern for the name ("called Putin a war criminal": an accusation).
  const name = clause.kind === "verb" && NAMING_VERBS.has(clause.lemma) ? nameGiven(context, clause) : -1;
  const naming = name >= 0 && targets.length > 0;
  if (naming && type === context.lexicon.verbEvent(clause.lemma)?.type) type = null;
  // What is named in words of blame is accused ("called Russia a terrorist state", "designated it a state sponsor of
  // terrorism").
  if (naming && type === null && holdsBlame(context, name)) {
    type = "ACCUSE";
    targets = targets.filter((a) => a.head !== name);
  }
  // A verdict on a claim ("called the accusations absurd") is a reply, whatever the verb's own reading.
  const verdict = characterisationReply(context, clause, type, () => subjectsOf(context, clause), sentence);
  // A verb of criticism also criticises the claim's owner it names ("criticized Medvedev's statements as delusional").
  if (verdict && type !== "CRITICIZE") return { statements: [], replies: verdict.subjects.length > 0 ? [verdict] : [] };
  const withdrawnFrom = frontierWithdrawnFrom(context, clause, targets, obliques);
  const retreat = withdrawnFrom !== null;
  if (withdrawnFrom) {
    type = "RETREAT";
    obliques = [...obliques, ...withdrawnFrom.filter((a) => !obliques.some((o) => o.head === a.head))];
  }
  // Handing over weapons or aircraft (the dictionary's &WEAPON and &AIRCRAFT) is military aid, CAMEO 072, whether or
  // not the verb has an event of its own ("delivered tanks to Ukraine").
  const handsOverArms =
    clause.kind === "verb" &&
    TRANSFER_VERBS.has(clause.lemma) &&
    [...clause.after].some((w) => isArms(context.lexicon.things, w));
  // "received military aid from the United States", "had the backing of Western diplomats": given to the subject.
  const received = receivedAct(context, clause, clause.arguments);
  if (received) {
    const base = clauseBase(clause, sentence, received.type, "light-verb");
    return { statements: pairs(received.givers, subjectsOf(context, clause), base), replies: [] };
  }
  // "Hungary blocked new EU sanctions against Russia": a rejection of the EU, no coercion of Russia.
  const blockedOwners = blockedEventOwners(context, clause, targets);
  if (blockedOwners) {
    const base = clauseBase(clause, sentence, "REJECT", "clause");
    return { statements: pairs(subjectsOf(context, clause), blockedOwners, base), replies: [] };
  }
  if (type === null && !handsOverArms) return none;
  // "attacked the plan in a speech", "said and attacked": a verbal attack; not an event noun a light verb takes
  // ("declared Donbas independent and launched a further invasion").
  if (type === "ATTACK" && clause.kind === "verb" && origin !== "light-verb" && isVerbal(context, clause, obliques))
    type = "CRITICIZE";
  // Pulled back from the frontier: no mobilisation and no aid, whatever the verb.
  if (retreat) type = "RETREAT";
  else if (sendsForcesToFrontier(context, targets, obliques)) type = "MOBILIZE";
  else if (handsOverArms) type = "AID";
  if (type === null) return none;
  const subjects = subjectsOf(context, clause);
  // "talks between Kyiv and Moscow", "clashes between Ukrainian forces and separatists": the parties of a symmetric
  // event named by a noun are its "between" phrase.
  if (subjects.length === 0 && clause.kind === "noun" && SYMMETRIC_TYPES.has(type)) {
    const parties = actorsOf(
      context,
      obliques.filter((a) => a.preposition === "between"),
      false,
    );
    if (parties.length < 2) return none;
    const base = clauseBase(clause, sentence, type, "nominal");
    return { statements: pairs(parties.slice(0, 1), parties.slice(1), base), replies: [] };
  }
  if (subjects.length === 0) return none;
  const inherited = clause.arguments.some((a) => a.role === "subject" && a.inherited);
  if (origin === "clause" && inherited) origin = "inherited";
  const nominal = clause.kind === "noun";
  // "deployed his troops around Ukraine", "pulled its forces back": armed forces moved are the mover's own, so their
  // owner is no target; where they go is.
  const moving = type === "MOBILIZE" || type === "RETREAT";
  // ("the withdrawal of US forces": the forces an event noun is of are the movers, not its target.)
  const aimed = [
    ...targets,
    ...obliques.filter(
      (a) =>
        isTargetPreposition(type as RelationType, a.preposition, nominal || nounObliques.has(a)) ||
        (origin !== "light-verb" && !ofThings.has(a) && patternPrepositions.includes(a.preposition)) ||
        (stopped !== null && isTargetPreposition(stopped, a.preposition, true)),
    ),
  ].filter(
    (a) =>
      (!moving || !isForces(context, a.head)) &&
      // Partners of a meeting or agreement are among its objects, not the owners of what they discussed ("discussed
      // the Russian invasion in talks with Wang Yi" is no negotiation with Russia) or of the things an object is of.
      !(SYMMETRIC_TYPES.has(type as RelationType) && ofThings.has(a)) &&
      // "condemns the Russian aggression against Ukraine": the victim of what is condemned is not condemned.
      !(VERBAL_TYPES.has(type as RelationType) && origin !== "light-verb" && objectPhrases.has(a)) &&
      !(TALKING_TYPES.has(type as RelationType) && a.role === "object" && discussedEvent(a)),
  );
  const replies: PendingReply[] = verdict && verdict.subjects.length > 0 ? [verdict] : [];
  const reply = verdict ? null : claimReply(context, clause, type, aimed, subjects, sentence);
  if (reply) replies.push(reply);
  // "visited Borodianka", "travelled to Mikolajow": a name the article gives no sign of being an actor (a guess),
  // visited or travelled to, is a place.
  const visiting = type === "MEET" && VISITING.has(clause.lemma);
  const objects = actorsOf(context, aimed, OWNED_TARGET_TYPES.has(type) || retreat, ANSWERING_TYPES.has(type)).filter(
    (named) => !visiting || context.actors[named.actor]?.guessed !== true,
  );
  const notSubject = (named: NamedActor): boolean => !subjects.some((s) => s.actor === named.actor);
  // "praised US efforts to investigate", "welcomed Finland's decision to join": approving an act approves its owner.
  if (objects.length === 0 && ENDORSING_TYPES.has(type)) {
    for (const arg of aimed) {
      const owner = arg.role === "object" ? actOwner(tree, arg.head) : -1;
      const actor = owner >= 0 ? (context.actorAt[owner] as number) : -1;
      if (actor >= 0 && notSubject({ actor, token: arg.head })) objects.push({ actor, token: arg.head });
    }
  }
  if (objects.length === 0 && COMPLEMENT_TARGET_TYPES.has(type)) {
    // "warned that the Ukrainian army needs to come faster", said by Ukraine's president: no warning to his own side.
    const otherSide = (named: NamedActor): boolean =>
      !subjects.some((s) => sameSide(context.actors, s.actor, named.actor));
    for (const complement of contentClauses(context, clause)) {
      const inner = context.clauseAt.get(complement);
      if (!inner) continue;
      objects.push(...clauseSubjects(context, inner).filter(otherSide));
      if (origin === "clause") origin = "complement";
    }
  }
  if (objects.length === 0 && clause.kind === "verb") {
    // Aimed at an event ("repelled a Russian attack", "condemned Russia's invasion"): its agent is the target; easing
    // one ("lifted sanctions on Belarus") concedes to the event's own target.
    for (const arg of aimed) {
      const event = context.clauseAt.get(arg.head);
      if (event?.kind !== "noun") continue;
      const eventType = typeOfNoun(context, event.lemma, event);
      const easing = (type === "RETREAT" || type === "CONCEDE") && eventType !== null;
      const party = easing
        ? [...event.arguments, ...obliques].filter(
            (a) => a.role === "oblique" && isTargetPreposition(eventType as RelationType, a.preposition, true),
          )
        : event.arguments.filter((a) => a.role === "subject");
      objects.push(...actorsOf(context, party, easing).filter(notSubject));
    }
  }
  if (objects.length === 0 && ANSWERING_TYPES.has(type) && clause.kind === "verb" && !reply) {
    // "warned of a Russian invasion", "condemned the aggression": the agent of the hostile event they answer; not
    // one a claim it rejects foretold ("dismissed suggestions that Russia might attack").
    for (const event of eventsWithin(context, clause, type)) {
      const agents = clauseSubjects(context, event).filter(notSubject);
      if (agents.length > 0) objects.push(...agents);
      else if (aimed.some((a) => a.head === event.predicate) && replies.length === 0) {
        const eventType = typeOfNoun(context, event.lemma, event);
        if (eventType && HOSTILE_EVENTS.has(eventType))
          replies.push(eventReply(clause, type, event.predicate, eventType, subjects, sentence));
      }
    }
    if (objects.length > 0 && origin === "clause") origin = "complement";
  }
  const base = { ...clauseBase(clause, sentence, type, origin), ...(eventNoun === undefined ? {} : { eventNoun }) };
  const partners =
    objects.length === 0
      ? jointPartners(context, { clause, type, origin, subjects, targets, obliques, inherited })
      : null;
  if (partners) return { statements: pairs(partners.slice(0, 1), partners.slice(1), base), replies };
  // Speaking to a newspaper or a channel ("told the BBC", "spoke to CNN", "CNN contacted the Kremlin") is an
  // interview, not a meeting.
  const media = (named: NamedActor): boolean => context.actors[named.actor]?.type === "MEDIA";
  if (type === "MEET" && subjects.some(media)) return { statements: [], replies };
  // A country's people are no partner of talks ("spoke directly to the people of Russia"), nor the target of their own
  // side's acts ("the State Department urged US citizens to leave", "Putin thanked the citizens of Russia").
  const ownPeople = (named: NamedActor): boolean =>
    isPopulation(context.tree, named.token) &&
    (TALKING_TYPES.has(type) || subjects.some((s) => speaksFor(context, s.actor, named.actor)));
  const met = objects.filter((named) => !ownPeople(named) && !(type === "MEET" && media(named)));
  return { statements: pairs(subjects, met, base), replies };
}
