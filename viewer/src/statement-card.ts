// One statement as evidence: the sentence with subject, verb and object highlighted, negated/hypothetical marks,
// relation and quad class, date, and the article (title, source, link). All text goes in as text, never markup.

import { QUAD_CLASS_LABELS, type StatementView } from "../../graph-schema/index.ts";
import { el, safeLink } from "./dom.ts";
import { highlightSegments } from "./highlight-segments.ts";
import { QUAD_CLASS_COLORS } from "./palette.ts";

/** The sentence as a paragraph with `<mark class="subject|verb|object">` pieces. */
export function renderSentence(statement: StatementView): HTMLElement {
  const paragraph = el("p", { class: "sentence" });
  for (const segment of highlightSegments(statement.sentence, statement.highlight)) {
    paragraph.append(segment.role ? el("mark", { class: segment.role }, segment.text) : segment.text);
  }
  return paragraph;
}

/** The statement's date: its event date, else the article's publication date, else "undated". */
export function statementDate(statement: StatementView): string {
  return (statement.eventDate ?? statement.article.published ?? "undated").slice(0, 10);
}

/** A card for one statement. */
export function renderStatementCard(statement: StatementView): HTMLElement {
  const marks = el(
    "div",
    { class: "marks" },
    el(
      "span",
      { class: "relation", style: `border-color:${QUAD_CLASS_COLORS[statement.quad]}` },
      `${statement.type.toLowerCase()}: ${statement.subject.name} → ${statement.object.name}`,
    ),
    el("span", { class: "quad" }, QUAD_CLASS_LABELS[statement.quad]),
    statement.negated
      ? el("span", { class: "flag negated", title: "The sentence denies the relation" }, "negated")
      : null,
    statement.hypothetical
      ? el("span", { class: "flag hypothetical", title: "Conditional, future or reported as possible" }, "hypothetical")
      : null,
  );
  const article = statement.article;
  return el(
    "li",
    { class: "statement", "data-statement": statement.id },
    marks,
    renderSentence(statement),
    el(
      "div",
      { class: "source" },
      el("time", {}, statementDate(statement)),
      " · ",
      safeLink(article.url, article.title || "(untitled article)"),
      article.source ? el("span", { class: "outlet" }, ` · ${article.source}`) : null,
      statement.attributedTo && statement.attributedTo.id !== statement.subject.id
        ? el("span", { class: "attributed" }, ` · according to ${statement.attributedTo.name}`)
        : null,
    ),
  );
}
