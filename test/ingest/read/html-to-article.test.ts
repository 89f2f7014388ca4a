// htmlToArticle: metadata sources in order of trust, page chrome removal, hostile markup, and huge or deeply
// nested pages that must neither overflow the stack nor take long.

import { describe, expect, it } from "vitest";
import { htmlToArticle, MAX_HTML_NESTING_DEPTH, stripSiteSuffix } from "../../../ingest/read/html-to-article.ts";

const BODY = "<p>The defence ministers of the alliance met in Brussels on Wednesday and discussed new deployments.</p>";

describe("htmlToArticle metadata", () => {
  const rows: { title: string; html: string; expected: Partial<ReturnType<typeof htmlToArticle>> }[] = [
    {
      title: "takes the title from <h1> when there is no og:title",
      html: `<title>Ignored page title</title><h1>Ministers meet in Brussels</h1>${BODY}`,
      expected: { title: "Ministers meet in Brussels" },
    },
    {
      title: "strips the site suffix from <title>",
      html: `<title>Ministers meet in Brussels - The Daily Example</title>${BODY}`,
      expected: { title: "Ministers meet in Brussels" },
    },
    {
      title: "reads datePublished, headline and publisher from JSON-LD",
      html: `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Deployments agreed","datePublished":"2022-02-16T10:00:00Z","publisher":{"@type":"Organization","name":"Example Wire"}}</script>${BODY}`,
      expected: { title: "Deployments agreed", published: "2022-02-16T10:00:00Z", source: "Example Wire" },
    },
    {
      title: "passes over broken JSON-LD and falls back to <time datetime>",
      html: `<script type="application/ld+json">{"datePublished": </script><article><time datetime="2022-02-16">16 Feb</time>${BODY}</article>`,
      expected: { published: "2022-02-16" },
    },
    {
      title: "prefers the canonical link over og:url",
      html: `<meta property="og:url" content="https://example.test/og"><link rel="canonical" href="https://example.test/canonical">${BODY}`,
      expected: { url: "https://example.test/canonical" },
    },
    {
      title: "reads itemprop datePublished on any element",
      html: `<span itemprop="datePublished" content="2022-01-24"></span>${BODY}`,
      expected: { published: "2022-01-24" },
    },
  ];
  it.each(rows)("$title", ({ html, expected }) => {
    const article = htmlToArticle(html);
    expect(Object.fromEntries(Object.keys(expected).map((key) => [key, article[key as keyof typeof article]]))).toEqual(expected);
  });
});

describe("htmlToArticle text", () => {
  const rows: { title: string; html: string; text: string }[] = [
    {
      title: "keeps paragraph structure and turns <br> into paragraph breaks",
      html: "<div><p>First paragraph.</p><p>Second line one<br>Second line two</p></div>",
      text: "First paragraph.\n\nSecond line one\n\nSecond line two",
    },
    {
      title: "drops scripts, styles, noscript, forms and comments",
      html: "<p>Kept text.</p><script>document.write('evil')</script><style>p{}</style><noscript>Enable JS</noscript><form><label>Email</label></form><!-- hidden comment -->",
      text: "Kept text.",
    },
    {
      title: "drops hidden elements and furniture marked by class, id or role",
      html: '<p>Kept text.</p><div hidden>Hidden</div><div style="display: none">Invisible</div><div class="social-share">Share</div><div id="newsletter-signup">Sign up</div><div role="navigation">Menu</div><div class="cookie-banner">We use cookies</div>',
      text: "Kept text.",
    },
    {
      title: "keeps the words around a skipped inline element",
      html: '<p>The envoy <span class="share-icon">Share</span><button>Copy</button> arrived in Minsk.</p>',
      text: "The envoy arrived in Minsk.",
    },
    {
      title: "does not mistake shareholders or adverse for furniture",
      html: '<div class="shareholders"><p>Shareholders met.</p></div><div class="adverse-weather"><p>Storms hit.</p></div>',
      text: "Shareholders met.\n\nStorms hit.",
    },
    {
      title: "drops a block made of links (a related-stories list outside <nav>)",
      html: '<p>The envoy spoke for an hour.</p><div><a href="/1">Earlier: envoy arrives</a> <a href="/2">Analysis</a></div>',
      text: "The envoy spoke for an hour.",
    },
    {
      title: "keeps a paragraph that contains a link among its words",
      html: '<p>The envoy told <a href="/x">the council</a> that talks would go on next week.</p>',
      text: "The envoy told the council that talks would go on next week.",
    },
    {
      title: "uses only <article> text when it holds enough, leaving teasers outside",
      html: `<div><p>Teaser outside the article body that should go.</p></div><article>${BODY}${BODY}${BODY}</article>`,
      text: [1, 2, 3].map(() => BODY.replace(/<\/?p>/g, "")).join("\n\n"),
    },
    {
      title: "keeps hostile markup inert and decodes entities once",
      html: '<p>Injected <img src=x onerror=alert(1)> &lt;script&gt;alert(2)&lt;/script&gt; text &amp;amp; more.</p><iframe src="https://evil.test"></iframe>',
      text: "Injected <script>alert(2)</script> text &amp; more.",
    },
  ];
  it.each(rows)("$title", ({ html, text }) => {
    expect(htmlToArticle(html).text).toEqual(text);
  });
});

describe("htmlToArticle on huge and deep pages", () => {
  it("reads 20,000 paragraphs (about 2 MB) quickly", () => {
    const html = `<article>${"<p>Troops moved along the border overnight, officials said.</p>".repeat(20_000)}</article>`;
    const started = performance.now();
    const article = htmlToArticle(html);
    expect([article.text.split("\n\n").length, article.truncated, performance.now() - started < 5_000]).toEqual([20_000, false, true]);
  });

  it("stops at MAX_HTML_NESTING_DEPTH without overflowing the stack, keeping the text before", () => {
    const depth = 200_000;
    const html = `<p>Text before the nesting.</p>${"<div>".repeat(depth)}deep${"</div>".repeat(depth)}`;
    const started = performance.now();
    const article = htmlToArticle(html);
    expect([article.text, article.truncated, performance.now() - started < 5_000]).toEqual(["Text before the nesting.", true, true]);
  });

  it("reads text nested just under the limit", () => {
    const depth = MAX_HTML_NESTING_DEPTH - 10;
    const article = htmlToArticle(`${"<span>".repeat(depth)}deep text${"</span>".repeat(depth)}`);
    expect([article.text, article.truncated]).toEqual(["deep text", false]);
  });
});

describe("stripSiteSuffix", () => {
  it.each([
    ["Talks stall | Example Times", "Example Times", "Talks stall"],
    ["Example Times - Talks stall", "Example Times", "Talks stall"],
    ["Russia and Ukraine - what we know about the standoff so far", null, "Russia and Ukraine - what we know about the standoff so far"],
    ["Kremlin rejects NATO claims – Example News", null, "Kremlin rejects NATO claims"],
  ])("%s → %s", (title, site, expected) => {
    expect(stripSiteSuffix(title, site)).toEqual(expected);
  });
});
