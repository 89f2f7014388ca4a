// RSS 2.0 (and RSS 1.0/RDF) and Atom feeds to articles: each item or entry is one article with its title, link,
// publication date, the feed's title as source, and its full content when the feed carries it (content:encoded,
// Atom content), else its description or summary. XML is parsed by htmlparser2 in XML mode (no entities are
// fetched, nothing is executed); the fields are read here because htmlparser2's own parseFeed keeps neither
// content:encoded nor Atom's published date.

import { DomUtils, parseDocument } from "htmlparser2";
import { htmlToArticle } from "./html-to-article.ts";
import type { ReadResult } from "./source-article.ts";

type Element = ReturnType<typeof DomUtils.findAll>[number];
type Node = Element["children"][number];

function isElement(node: Node): node is Element {
  return "name" in node && "attribs" in node;
}

/** True when the text is an RSS or Atom document (by its root element). */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 4_096).replace(/<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, "").trimStart();
  return /^<(?:rss|feed|rdf:RDF)[\s>]/i.test(head);
}

const HTML_TAG = /<\/?(?:p|div|br|span|a|h[1-6]|ul|li|img|strong|em|b|i|blockquote|figure)\b/i;

function childText(parent: Element, ...names: string[]): string | null {
  for (const name of names) {
    const child = parent.children.filter(isElement).find((node) => node.name.toLowerCase() === name);
    if (child === undefined) continue;
    const text = DomUtils.textContent(child).trim();
    if (text !== "") return text;
  }
  return null;
}

function atomLink(entry: Element): string | null {
  const links = entry.children.filter(isElement).filter((node) => node.name.toLowerCase() === "link");
  const alternate = links.find((link) => (link.attribs.rel ?? "alternate") === "alternate") ?? links[0];
  return alternate?.attribs.href?.trim() || null;
}

/** Content that holds markup becomes its text, paragraphs kept; plain text stays as it is. */
function bodyText(content: string): string {
  return HTML_TAG.test(content) ? htmlToArticle(content).text : content;
}

/**
 * The articles of a feed, located as `file#N` (1-based item number); an item without any text is rejected.
 * @example feedToArticles('<rss><channel><title>Desk</title><item><title>T</title><description>Body text.</description></item></channel></rss>', "desk.rss")
 */
export function feedToArticles(xml: string, file: string): ReadResult[] {
  const document = parseDocument(xml, { xmlMode: true, decodeEntities: true });
  const root = document.children.find((node) => isElement(node as Node)) as Element | undefined;
  if (root === undefined) {
    return [{ kind: "rejected", rejection: { file, code: "MALFORMED", reason: `${file}: not an RSS or Atom feed (no root element)` } }];
  }
  const atom = root.name.toLowerCase() === "feed";
  const channel = atom ? root : (DomUtils.findOne((node) => node.name.toLowerCase() === "channel", [root], true) ?? root);
  const source = childText(channel, "title");
  const items = DomUtils.findAll((node) => node.name.toLowerCase() === (atom ? "entry" : "item"), [root]);
  if (items.length === 0) {
    return [{ kind: "rejected", rejection: { file, code: "EMPTY", reason: `${file}: the feed has no ${atom ? "entries" : "items"}` } }];
  }
  return items.map((item, index): ReadResult => {
    const location = `${file}#${index + 1}`;
    const content = atom ? childText(item, "content", "summary") : childText(item, "content:encoded", "description");
    if (content === null) {
      return { kind: "rejected", rejection: { file: location, code: "EMPTY", reason: `${location}: the item has no content or description` } };
    }
    return {
      kind: "article",
      article: {
        file: location,
        format: "feed",
        id: null,
        title: childText(item, "title"),
        published: atom ? childText(item, "published", "updated") : childText(item, "pubdate", "dc:date"),
        source,
        url: atom ? atomLink(item) : childText(item, "link", "guid"),
        text: bodyText(content),
      },
    };
  });
}
