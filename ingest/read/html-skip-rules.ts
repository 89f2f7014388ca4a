// Which HTML elements hold no article text: page chrome (menus, headers, footers, asides), scripts and styles,
// forms, hidden elements, and blocks whose class, id or role marks them as share bars, related links or ads.

/** Elements whose whole subtree is never article text. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  "script", "style", "noscript", "template", "svg", "math", "nav", "header", "footer", "aside", "form", "button",
  "select", "option", "textarea", "input", "label", "iframe", "object", "embed", "video", "audio", "canvas",
  "figure", "figcaption", "dialog", "menu", "head",
]);

/** Elements that end a paragraph when they open or close. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
  "pre", "table", "tr", "td", "th", "dd", "dt", "dl", "br", "hr", "address", "center", "body", "details", "summary",
]);

export const HEADING_TAGS: ReadonlySet<string> = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

const SKIPPED_ROLES: ReadonlySet<string> = new Set([
  "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu", "menubar", "search",
]);

// Class or id tokens of page furniture. Matched as whole hyphen/underscore-separated parts so that
// "share-bar" and "related_links" match but "shareholders" or "adverse" do not.
const FURNITURE_PART =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|share|sharing|social|related|recommended|recirculation|comments?|cookies?|consent|gdpr|newsletter|subscribe|subscription|signup|promo|advert|advertisement|ads?|sponsored|sidebar|footer|masthead|toolbar|byline|paywall|popup|modal|outbrain|taboola|most-read|mostread|trending|tags)(?:$|[\s_-])/i;

/** True when the element with these attributes should be skipped with its whole subtree. */
export function isSkippedElement(name: string, attribs: Readonly<Record<string, string>>): boolean {
  if (SKIPPED_TAGS.has(name)) return true;
  if (attribs.hidden !== undefined || attribs["aria-hidden"] === "true") return true;
  const style = attribs.style;
  if (style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const role = attribs.role;
  if (role !== undefined && SKIPPED_ROLES.has(role.toLowerCase())) return true;
  // The article container itself may carry a class such as "article-share-enabled"; never skip the body markers.
  if (name === "article" || name === "main" || attribs.itemprop === "articleBody") return false;
  const marker = `${attribs.class ?? ""} ${attribs.id ?? ""}`;
  return marker.trim() !== "" && FURNITURE_PART.test(marker);
}

/** True for the elements that hold the main article: `<article>`, `<main>`, `itemprop="articleBody"`, `role="main"`. */
export function isArticleContainer(name: string, attribs: Readonly<Record<string, string>>): boolean {
  return name === "article" || name === "main" || attribs.itemprop === "articleBody" || attribs.role === "main";
}
