// Paragraph-level rules for the furniture of scraped news: ads, "Read more" and share prompts, comment and
// cookie notices, photo and agency credits, bylines, timestamps, galleries, menus and icon strings. Each rule
// matches a whole paragraph and is bounded in length, so a real sentence is never dropped.

export interface BoilerplateRule {
  name: string;
  /** Paragraphs longer than this are never matched by the rule. */
  maxChars: number;
  test: (paragraph: string) => boolean;
}

const AGENCY =
  "reuters|ap|afp|ap photo|pa|pa media|dpa|tass|ria novosti|bbc|cnn|pap|interfax|belta|ukrinform|unian|xinhua|efe|epa|epa-efe|anadolu(?: agency)?|sputnik|getty images|shutterstock|east news|alamy|bloomberg|zuma(?: press)?|nurphoto|sopa images|rex";
const CREDIT_LABEL =
  "photo|photos|photograph|picture|pictures|image|images|video|illustration|graphic|graphics|source|sources|credit|credits|photo credit|image credit|image source|image caption|caption|author\\/author|footage|pictured|main image|top image|file photo|photo, from left to right|photos courtesy of";

/** Words of menus and icon strings ("Share Tweet Email", "Home | World | Europe"). */
const UI_WORDS: ReadonlySet<string> = new Set(
  ("home news world politics business sport sports opinion culture lifestyle video videos podcast podcasts menu search " +
    "login logout log in sign register subscribe subscribed share shares tweet facebook twitter x whatsapp telegram " +
    "linkedin reddit pinterest instagram youtube tiktok email e-mail mail print copy link comments comment more close " +
    "open next previous prev back top skip content account newsletter newsletters live weather entertainment tech " +
    "science health travel europe africa asia americas uk us media pin save bookmark follow rss feed").split(" "),
);

const WEEKDAYS_MONTHS =
  /^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?$|^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
const DATE_BANNER_WORD =
  /^(?:updated|published|posted|modified|last|first|on|at|am|pm|a\.m\.|p\.m\.|gmt|utc|bst|cet|cest|eet|eest|est|edt|pst|pdt|msk|kyiv|time|min|mins|minute|minutes|read|ago|hours?|\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2}(?::\d{2})?|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})$/i;

function re(source: string, flags = "i"): (paragraph: string) => boolean {
  const regex = new RegExp(source, flags);
  return (paragraph) => regex.test(paragraph);
}

function isUiString(paragraph: string): boolean {
  if (/[.!?]$/.test(paragraph)) return false;
  const tokens = paragraph.toLowerCase().split(/[\s|•·/›»]+/).filter((token) => token !== "");
  if (tokens.length < 3) return false;
  return tokens.filter((token) => UI_WORDS.has(token)).length / tokens.length >= 0.8;
}

function isSeparatedMenu(paragraph: string): boolean {
  const segments = paragraph.split(/\s*[|•·›»]\s*/).filter((segment) => segment !== "");
  return segments.length >= 3 && segments.every((segment) => segment.split(" ").length <= 3 && !/[.!?,;]/.test(segment));
}

function isDateBanner(paragraph: string): boolean {
  const words = paragraph.split(/[\s,|–—()]+/).filter((word) => word !== "" && word !== "-" && word !== ":");
  // "Updated 10:45 GMT": a clock time after a publishing word dates the line as well as a day does.
  const stamped = /^(?:updated|published|posted|modified)$/i.test(words[0] ?? "") && words.some((w) => /^\d{1,2}[:.]\d{2}/.test(w));
  const dated = stamped || words.some((word) => WEEKDAYS_MONTHS.test(word) || /\d{4}|\d[./-]\d/.test(word));
  return dated && words.every((word) => WEEKDAYS_MONTHS.test(word) || DATE_BANNER_WORD.test(word.replace(/:$/, "")));
}

const NAME = "[A-Z][\\p{L}'’-]*\\.?(?:\\s+(?:[A-Z][\\p{L}.'’-]+|de|van|von|al|el|bin))*";
const BYLINE = new RegExp(
  `^(?:[Bb]y|BY|(?:[Ww]ritten|[Ww]ords|[Pp]osted|[Ss]tory) by)\\s+(${NAME})(?:\\s*(?:,|and|&)\\s*${NAME})*(?:\\s*[,|–—-]\\s*[A-Z][\\p{L}.]*(?:\\s+[A-Z][\\p{L}.]*){0,3})?$`,
  "u",
);

function isByline(paragraph: string): boolean {
  const match = BYLINE.exec(paragraph);
  // "By Tuesday, Russian Forces" is a sentence fragment about time, not a byline.
  return match !== null && !WEEKDAYS_MONTHS.test((match[1] ?? "").split(/\s+/)[0] ?? "");
}

const AGENCY_SLASH_CREDIT = new RegExp(`^[^.!?]{0,80}/\\s*(?:${AGENCY})(?:\\s+via getty images)?\\.?$`, "i");
/**
 * A caption's closing credit: "… near Bakhmut. Photograph: Jane Roe/AP", "… in Irpin. Jane Roe/Reuters". The slash
 * form needs a known agency after the slash, so "the 24/7 hotline" or "and/or" close no caption.
 */
const CLOSING_CREDIT_LABEL = /(?:[.!?]\s+|\s)(?:Photograph|Photo|Photos|Picture|Image|Illustration)\s*:\s*[^.!?:]{2,80}\.?$/u;
const CLOSING_AGENCY_CREDIT = new RegExp(
  `(?:[.!?]\\s+|\\s)[\\p{Lu}][\\p{L}'’ .-]{1,60}/\\s*(?:${AGENCY})(?:\\s+via getty images)?\\.?$`,
  "iu",
);
const AGENCY_ALONE = new RegExp(`^\\(?(?:${AGENCY})\\)?\\s*[-–—]?$`, "i");

/** The rules, in the order they are tried. */
export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  {
    name: "advertisement",
    maxChars: 80,
    test: re("^(?:advertisement|advertising|ad|sponsored(?: content)?|story continues below(?: advertisement)?|skip advertisement|continue reading(?: below| the main story)?|article continues (?:below|after(?: the)? advertisement)|continuation of the material under the video|(?:the )?rest of the (?:text|article|story|material) (?:is )?(?:located )?(?:under|below) (?:the )?(?:video|podcast)(?: material)?)[.:]?$"),
  },
  {
    name: "read-more",
    maxChars: 250,
    test: re("^(?:read more|read also|also read|see also|read next|related(?: articles?| stories| coverage| content| news| reading)?|more on this story|recommended(?: for you)?|most read|you may also like|further reading)\\s*(?:$|[:»›→|.!—–-]|here\\b)"),
  },
  {
    // "Other Topics of Interest <headline> <teaser> <headline> …": a block of other stories' headlines and teasers,
    // run together into one paragraph, whose names would make actors and whose sentences would make statements.
    name: "teaser-block",
    maxChars: 1500,
    test: re("^other topics of interest\\b"),
  },
  {
    name: "more-on-portal",
    maxChars: 200,
    test: (p) =>
      /^(?:you can (?:read|find) more|more (?:similar |such )?(?:information|messages|stories|news|articles)\b.*\b(?:page|portal|site|website)\b|for more information,? (?:please )?visit|read more information|you can find more)/i.test(p) ||
      /^(?:you can (?:read|find|watch|see|listen|learn)|click|tap)\b.{0,80}\bhere[.!]?$/i.test(p) ||
      /\bwatch\b.{0,40}\bon the internet\b/i.test(p),
  },
  {
    name: "share-subscribe",
    maxChars: 200,
    test: re("^(?:click here|tap here|join us on|follow (?:us|our|this author|@)|subscribe (?:to|now|for|here|today)|sign up (?:to|for|here|now|today)|get (?:the|our) (?:latest|free|daily)|download (?:the|our) app|watch (?:tv )?live|watch:|listen:|share this(?: article| story| page)?|share on|print this|email this|copy link|you['’]re reading an excerpt|(?:new )?you can now listen to)"),
  },
  {
    name: "channel-plug",
    maxChars: 250,
    // "Example News is now on YouTube. Click here to subscribe": a plug for the outlet's channels, anywhere in it.
    test: (p) =>
      /\bclick here\b/i.test(p) ||
      /\bis (?:now )?on (?:youtube|telegram|whatsapp|instagram|tiktok|facebook|twitter|x)\b/i.test(p),
  },
  {
    name: "comments",
    maxChars: 80,
    test: re("^(?:leave a (?:reply|comment)|comments? (?:are|is) (?:closed|disabled|off)|post a comment|add (?:a )?comment|\\d+ comments?|show comments|view comments|join the (?:conversation|discussion)|you must be logged in to post a comment|comments)[.!]?$"),
  },
  {
    name: "cookies",
    maxChars: 400,
    test: re("^(?:we use cookies|this (?:web)?site uses cookies|by (?:continuing to use|using) (?:this|our) (?:web)?site|accept (?:all )?cookies|cookie (?:policy|settings|preferences|notice))"),
  },
  {
    name: "credit-label",
    maxChars: 120,
    test: re(`^(?:${CREDIT_LABEL})\\s*:`),
  },
  {
    name: "copyright",
    maxChars: 200,
    test: (p) => /^(?:©|\(c\)\s|copyright\b)/i.test(p) || /all rights reserved\.?$/i.test(p),
  },
  {
    name: "photo-by",
    maxChars: 150,
    test: (p) => /^\(?(?:photo|image|picture)s? (?:by|courtesy of|credit)\b/i.test(p) || /\bcourtesy of [^.]{2,60}$/i.test(p),
  },
  {
    name: "agency-credit",
    maxChars: 120,
    test: (p) =>
      AGENCY_SLASH_CREDIT.test(p) ||
      /^[^.!?"“/]{1,40}(?:\s*\/\s*[^.!?"“/]{1,40}){2,}$/.test(p) ||
      AGENCY_ALONE.test(p),
  },
  {
    name: "reporting-credit",
    maxChars: 300,
    test: (p) =>
      /^(?:(?:additional )?reporting by|editing by|writing by|compiled by|edited by|translated by|translation by)\b/i.test(p) ||
      /^[\p{L} .,'’&-]{1,80} contributed (?:to )?(?:this|the) report/iu.test(p),
  },
  {
    name: "timestamp",
    maxChars: 150,
    test: (p) =>
      /^[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?(?:\s*[-–—|]\s*|\s+)?[^.!?]{0,100}$/.test(p) ||
      /^\d{1,2}:\d{2}(?::\d{2})?\s.*[-–—]\s*(?:video|audio|podcast)$/i.test(p),
  },
  {
    name: "gallery",
    maxChars: 40,
    test: re("^(?:image \\d+ of \\d+(?: (?:prev|next))*|expand|enlarge|close|toggle caption|hide caption|zoom|\\d+ photos?|view gallery|play video|watch video|view video)$"),
  },
  {
    name: "caption-credit",
    maxChars: 100,
    // A caption without a full stop that ends in a picture agency: "Troops near the border PAP". Wire agencies
    // that are also actors in the news (Reuters, TASS, AFP) are left out: "Sanctions target TASS" is a headline.
    test: re(`^[^.!?]{3,90}\\s(?:PAP|EPA|EPA-EFE|Getty Images|Shutterstock|East News|Mil\\.ru|tvn24\\.pl|AP Photo|Anadolu)$`, ""),
  },
  {
    name: "caption",
    maxChars: 250,
    // A photo caption: a line or two that closes with the picture's credit. The caption describes the picture, not
    // news ("Soldiers fire at positions near the town. Photograph: Jane Roe/AP").
    test: (p) => CLOSING_CREDIT_LABEL.test(p) || CLOSING_AGENCY_CREDIT.test(p),
  },
  { name: "fragment", maxChars: 3, test: re("^[a-z]{1,3}$", "") },
  { name: "menu", maxChars: 300, test: (p) => isUiString(p) || isSeparatedMenu(p) },
  { name: "separator", maxChars: 80, test: re("^[\\s*#=~_\\-–—•·.]{3,}$") },
  {
    name: "byline",
    maxChars: 100,
    test: (p) => isByline(p) || /^[A-Z][\p{L}.,]*(?:\s+[A-Z][\p{L}.,]*){0,4}\s*[—–]$/u.test(p) || /^\([A-Z]{2,5}\)$/.test(p) || /^(?:staff (?:writer|reporter)|special correspondent|our correspondent)$/i.test(p),
  },
  { name: "date-banner", maxChars: 100, test: isDateBanner },
  { name: "weather", maxChars: 60, test: re("^-?\\d{1,2}\\s?°\\s?[CF]\\b") },
];

/**
 * The name of the rule a normalised paragraph matches, or null for article text. `allCapsHeadlines` drops
 * ALL-CAPS lines of four or more words (related-headline links); pass false when the article itself is in capitals.
 * @example matchBoilerplate("LEAVE A REPLY") // "comments"
 */
export function matchBoilerplate(paragraph: string, allCapsHeadlines = true): string | null {
  for (const rule of BOILERPLATE_RULES) {
    if (paragraph.length <= rule.maxChars && rule.test(paragraph)) return rule.name;
  }
  if (allCapsHeadlines && isAllCapsHeadline(paragraph)) return "related-headline";
  return null;
}

/** True for a line in capitals (four words or more, no final full stop): a link to another story. */
export function isAllCapsHeadline(paragraph: string): boolean {
  if (paragraph.length > 200 || /\.$/.test(paragraph) || paragraph.split(/\s+/).length < 4) return false;
  const letters = paragraph.replace(/[^\p{L}]/gu, "");
  if (letters.length < 15) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, "").length;
  return upper / letters.length >= 0.9;
}
