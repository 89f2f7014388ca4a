// Safe DOM building: text always goes through textContent and links only to http(s), so article-derived text
// (titles, names, sentences) can never become markup or script.

export type Child = Node | string | null | undefined | false;

/** Creates an element with attributes (never event handlers or `href`) and children; strings become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "href" || name === "src" || name.startsWith("on")) {
      throw new Error(`viewer/dom: attribute "${name}" must not be set through el(); use safeLink() for links`);
    }
    element.setAttribute(name, value);
  }
  append(element, ...children);
  return element;
}

/** Appends children, strings as text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** The URL when it is absolute http(s), else null. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    // Not a URL at all: shown as plain text by the caller, never linked.
    return null;
  }
}

/** A link opening in a new tab when the URL is http(s); otherwise the text alone. */
export function safeLink(url: string | null | undefined, text: string): HTMLElement {
  const href = safeHttpUrl(url);
  if (!href) return el("span", {}, text);
  const link = el("a", { target: "_blank", rel: "noopener noreferrer nofollow" }, text);
  link.href = href;
  return link;
}

/** Removes every child of an element. */
export function clear(element: Element): void {
  element.replaceChildren();
}
