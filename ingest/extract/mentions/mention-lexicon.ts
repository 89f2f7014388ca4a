// Word lists that recognise actor mentions without a trained model: role titles, honorifics, words that make a
// proper-noun chunk an organisation, force nouns that turn a demonym into its country, and non-actor capitals.

import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from "../../nlp/calendar-words.ts";

const set = (words: string): ReadonlySet<string> => new Set(words.split("|"));

/** Role titles, lower case, longest first when matched; multiword titles are token sequences. */
export const ROLE_TITLES: readonly string[] = [
  "chairman of the joint chiefs of staff",
  "chairman of the joint chiefs",
  "secretary of state",
  "secretary of defense",
  "secretary of defence",
  "minister of foreign affairs",
  "minister of defence",
  "minister of defense",
  "deputy minister of defense",
  "deputy minister of defence",
  "deputy prime minister",
  "prime minister",
  "vice president",
  "vice-president",
  "foreign minister",
  "defence minister",
  "defense minister",
  "interior minister",
  "health minister",
  "finance minister",
  "economy minister",
  "energy minister",
  "foreign secretary",
  "defence secretary",
  "defense secretary",
  "home secretary",
  "press secretary",
  "national security adviser",
  "national security advisor",
  "secretary general",
  "secretary-general",
  "chief of staff",
  "deputy minister",
  "deputy foreign minister",
  "foreign policy chief",
  "lieutenant general",
  "major general",
  "deputy head",
  "head of state",
  "head of government",
  "president",
  "minister",
  "secretary",
  "chancellor",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "premier",
  "general",
  "gen.",
  "gen",
  "admiral",
  "colonel",
  "commander",
  "ambassador",
  "envoy",
  "senator",
  "sen.",
  "congressman",
  "congresswoman",
  "governor",
  "mayor",
  "king",
  "queen",
  "pope",
  "chairman",
  "chairwoman",
  "director",
  "adviser",
  "advisor",
  "counterpart",
  "prosecutor",
  "leader",
  "chief",
  "head",
  "official",
  "officials",
  "diplomat",
  "aide",
  "representative",
  "lawmaker",
  "mp",
  "speaker",
  "commissioner",
  "negotiator",
];

/** Titles that may stand alone in a description ("the French president") and denote one person. */
export const PERSON_DESCRIPTION_TITLES = set(
  "president|vice president|vice-president|prime minister|chancellor|foreign minister|defence minister|defense minister|" +
    "secretary of state|leader|head of state|spokesman|spokeswoman|premier|minister|secretary general|" +
    "secretary-general|general|chief|counterpart|ambassador|envoy|head|commander|defence secretary|defense secretary",
);

/** Titles that name an unnamed spokesperson of an institution, which then speaks for its affiliation. */
export const OFFICIAL_TITLES = set(
  "official|officials|diplomat|diplomats|source|sources|spokesman|spokeswoman|spokesperson",
);

/** Honorifics before a name; they make the name a PERSON and are dropped from it. */
export const HONORIFICS = set(
  "mr|mr.|mrs|mrs.|ms|ms.|dr|dr.|gen|gen.|sir|lord|lady|madam|president|prof|prof.|professor|pope",
);

/** Party labels written before a politician's name ("Republican Michael Turner"); dropped from the name. */
export const PARTY_LABELS = set("republican|democrat|democratic|gop|labour|tory|conservative|liberal");

/** Modifiers that may precede a title ("top US general", "former president"). */
export const TITLE_MODIFIERS = set(
  "top|senior|former|acting|then|new|chief|deputy|interim|outgoing|incoming|self-proclaimed",
);

/** Determiners and possessives that open a description. */
export const DESCRIPTION_DETERMINERS = set("the|his|her|their|its");

/** Capitalised words inside a chunk that make it an organisation. */
export const ORGANIZATION_HEADS = set(
  "ministry|council|party|court|assembly|agency|bank|company|corporation|corp|inc|ltd|university|committee|" +
    "commission|parliament|army|navy|union|organization|organisation|department|office|service|services|group|" +
    "news|times|post|forces|guard|front|movement|institute|foundation|fund|federation|association|airlines|" +
    "network|press|media|television|tv|radio|club|board|government|administration|command|brigade|battalion|" +
    "regiment|police|cabinet|senate|congress|duma|rada|staff|directorate|intelligence|embassy|mission|republic|" +
    "bureau|authority|alliance|coalition|centre|center|council|secretariat|tribunal|ministries|sachs|bank|" +
    // Companies: legal forms and trade words.
    "co|plc|llc|lp|ag|nv|bv|gmbh|spa|holdings|holding|industries|international|systems|technologies|technology|" +
    "motors|airways|airline|petroleum|energy|pharmaceuticals|pharmaceutical|bancorp|trust|securities|capital|" +
    "partners|investments|resources|mining|steel|telecom|telecommunications|communications|electric|electronics|" +
    "chemical|chemicals|oil|insurance|assurance|financial|brewery|breweries|stores|foods|shipping|software|" +
    "computer|semiconductor|laboratories|enterprises|ventures|exchange|newsroom|desk|reserve|" +
    // Institutions, newspapers and sports clubs.
    "community|society|institution|confederation|consortium|academy|college|school|hospital|church|" +
    "daily|gazette|herald|journal|tribune|telegraph|chronicle|weekly|newspaper|broadcasting|broadcaster|" +
    "united|rovers|rangers|wanderers|athletic|albion|hotspur|fc|afc|rfc|sc|cf|ac|sv|vfb|vfl|dynamo|dinamo|sporting",
);

/** Organisation heads that denote a state body: with a demonym or country they stand for that country. */
export const STATE_BODY_HEADS = set("government|army|forces|military|troops|authorities|administration|navy|embassy");

/** Nouns after a demonym or country possessive that make the phrase stand for the country ("Russian troops"). */
export const FORCE_NOUNS = set(
  "troops|forces|force|military|army|soldiers|government|authorities|officials|official|diplomats|navy|" +
    "warplanes|jets|missiles|tanks|side|leadership|defence|defense|air|artillery|units|servicemen|regime|" +
    "intelligence|embassy|ministry",
);

/** Lower-case place/time capitals that are never actors. */
export const NON_ACTOR_CAPITALS = set(
  [...WEEKDAY_NAMES, ...MONTH_NAMES, ...MONTH_ABBREVIATIONS].join("|") +
    "|today|yesterday|tomorrow|christmas|easter|god|covid|covid-19|coronavirus|internet|english|i|ok|tv|am|pm|a.m.|p.m.|gmt|utc|" +
    "est|cet|read|more|photo|video|watch|live|update|updated|breaking|related|advertisement",
);

/** Portfolios after "Ministry of" / "Department of", lower case; the organisation's name ends with them. */
export const PORTFOLIOS: readonly string[] = [
  "foreign affairs",
  "internal affairs",
  "home affairs",
  "veterans affairs",
  "defence",
  "defense",
  "health",
  "health and human services",
  "justice",
  "finance",
  "treasury",
  "economy",
  "economic development",
  "education",
  "the interior",
  "interior",
  "emergency situations",
  "energy",
  "agriculture",
  "trade",
  "culture",
  "transport",
  "labour",
  "labor",
  "industry",
  "environment",
  "information",
  "communications",
  "homeland security",
  "state",
  "commerce",
  "foreign trade",
  "digital transformation",
  "reintegration",
];

/** Capitalised headings and labels of tables and wire copy, never actors ("Attendance : 30,000", "RESULTS"). */
export const HEADING_WORDS = set(
  "results|result|standings|scores|scorers|schedule|fixtures|pct|attendance|halftime|half-time|aggregate|totals|" +
    "corrected|correction|note|notes|fax|tel|telephone|email|e-mail|source|sources|editing|reporting|compiled|" +
    "gdp|cpi|ppi|ceo|cfo|ipo|vat|dna|hiv|aids",
);

/**
 * Adjectives of faiths, peoples, movements and parties that are no country of the gazetteer; alone they are never
 * actors ("Kurdish", "Islamist", "Republican"), though they may open an organisation's name ("Kurdish Workers Party").
 */
export const NON_ACTOR_ADJECTIVES = set(
  "moslem|muslim|islamic|islamist|jewish|christian|catholic|protestant|orthodox|evangelical|hindu|sikh|buddhist|" +
    "shiite|shia|sunni|kurdish|kurd|chechen|scottish|welsh|english|yugoslav|soviet|tibetan|basque|catalan|flemish|" +
    "arab|tamil|hutu|tutsi|pashtun|uighur|uyghur|maoist|marxist|leninist|communist|socialist|nazi|zionist|" +
    "republican|democrat|democratic|conservative|liberal|libertarian|nationalist|separatist|jihadist",
);

/** Section and navigation words of news sites; a run of capitalised words made mostly of them is a menu. */
export const MENU_WORDS = set(
  "home|news|world|business|sport|sports|opinion|culture|lifestyle|video|videos|travel|science|tech|technology|" +
    "health|politics|entertainment|weather|markets|economy|environment|education|live|podcasts|newsletters|" +
    "subscribe|sign|login|register|search|menu|latest|local|national|international|arts|books|food|style|money|" +
    "analysis|features|comment|investigations|photos|gallery|contact|about|advertise|careers|account",
);

/** Lower-cased determiners/function words that cannot start a proper-name chunk even when capitalised. */
export const CHUNK_STOPWORDS = set(
  "the|a|an|this|that|these|those|it|its|he|she|they|we|i|you|but|and|or|if|when|while|as|in|on|at|for|of|to|" +
    "with|by|from|after|before|since|meanwhile|however|also|yet|still|now|then|there|here|what|who|why|how|" +
    "which|where|according|under|over|some|many|most|all|both|other|another|such|no|not|our|my|his|her|their|" +
    "your|last|next|earlier|later|despite|amid|among|around|about|during|across|against|between|into|onto|" +
    "upon|within|without|would|could|should|will|may|might|must|can|so|thus|because|although|though|unless|" +
    "whether|once|each|every|any|several|few|more|less|one|two|three|four|five|six|seven|eight|nine|ten|mr|mrs|ms|dr|" +
    "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|" +
    "sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|dozen|dozens|" +
    "is|are|was|were|be|do|does|did|has|have|had|will|can|let|please|yes|why|dear|sir|first|second|third|fourth|" +
    "fifth|sixth|seventh|eighth|ninth|tenth|add|men|women|top|new|old|north|south|east|west|northern|southern|" +
    "eastern|western|central|like|unlike|following|including|per|via|versus|vs|amid|inside|outside",
);

/** Collective descriptions that stand for an organisation when that organisation is in the article. */
export const ORGANIZATION_DESCRIPTIONS: ReadonlyArray<readonly [phrase: string, key: string]> = [
  ["us-led military bloc", "nato"],
  ["us-led military alliance", "nato"],
  ["western military alliance", "nato"],
  ["military alliance", "nato"],
  ["military bloc", "nato"],
  ["alliance", "nato"],
  ["bloc", "eu"],
  ["european bloc", "eu"],
  ["27-nation bloc", "eu"],
];

/** Capitalised heads that make a chunk a place ("Osipovichi District"). */
export const PLACE_HEADS = set(
  "district|region|oblast|province|island|islands|sea|river|county|city|village|peninsula|valley|mountains|lake|gulf|strait|bay",
);

/** Capitalised heads that make a chunk an event, document or thing, never an actor ("Second World War"). */
export const THING_HEADS = set(
  "war|wars|day|street|square|airport|station|bridge|palace|cup|games|olympics|summit|forum|conference|treaty|" +
    "accords|accord|agreement|pact|format|plan|act|law|bill|program|programme|doctrine|declaration|charter|prize|award|" +
    "festival|avenue|road|highway|tower|stadium|hall|plant|dam|pipeline|stream|tv|online|today|week|month|year|" +
    "index|report|magazine|edition|topics|interest|newsletter|podcast|open|championship|championships|league|series|" +
    "tour|classic|prix|bowl|meeting|olympic|olympics|cup|trophy|marathon|derby|policy|privacy|terms|cookies|" +
    "subscribe|newsletters|copyright|operation|exercise|exercises|mission|initiative|platform|package|fund",
);

/** Nouns a hyphenated pair of names modifies as the two sides of something ("Biden-Putin talks", "Lavrov-Blinken call"). */
export const PAIR_NOUNS = set(
  "talks|summit|meeting|meetings|call|calls|phone|relations|ties|deal|dialogue|negotiations|contacts|channel|format|" +
    "axis|alliance|partnership|rapprochement|rivalry|feud|standoff|handshake|encounter|conversation|exchange",
);

/** Collective groups written as common nouns ("pro-Russian separatists"). */
export const GROUP_HEADS = set(
  "separatists|rebels|militants|insurgents|protesters|protestors|fighters|militia|militias|partisans|volunteers|mercenaries",
);

/** Single-word titles that may sit inside a capitalised chunk ("Ukranian President Volodymyr Zelensky"). */
export const CHUNK_TITLES: ReadonlySet<string> = new Set([
  "president",
  "minister",
  "chancellor",
  "general",
  "secretary",
  "senator",
  "governor",
  "mayor",
  "ambassador",
  "spokesman",
  "spokeswoman",
  "premier",
  "king",
  "queen",
  "pope",
  "commander",
  "admiral",
  "colonel",
  "chairman",
  "director",
  "leader",
  "chief",
  "prince",
  "princess",
  "judge",
  "prosecutor",
  "sen.",
  "gen.",
  "rep.",
]);

/** Common nouns that introduce a place with "of" ("the town of Irpin", "the province of Quebec"). */
export const PLACE_NOUNS = set(
  "town|city|village|province|region|district|state|port|island|suburb|outskirts|republic|county|settlement|" +
    "municipality",
);

/** Lemmas of speech verbs: a bare name before one ("Zubkov said") is a person, unless it is a body's name. */

/**
 * Common nouns that open sentences capitalised and are no names on their own ("Allies have pledged…", "Experts
 * said…", "Autumn brings…"): seasons, generic groups of people, market and polling words, abstract nouns of news.
 * Singular forms; `isGenericNoun` also accepts their plurals.
 */
export const GENERIC_NOUNS = set(
  "spring|summer|autumn|fall|winter|" +
    "ally|expert|analyst|official|critic|resident|investor|observer|witness|lawmaker|legislator|voter|citizen|" +
    "local|activist|scientist|researcher|doctor|medic|economist|trader|dealer|banker|broker|worker|employee|" +
    "farmer|student|teacher|parent|family|villager|survivor|victim|refugee|migrant|civilian|prisoner|hostage|" +
    "protester|demonstrator|supporter|opponent|member|neighbour|neighbor|partner|donor|creditor|shareholder|" +
    "consumer|customer|user|fans|players|rescuer|firefighter|paramedic|volunteer|insider|participant|delegate|" +
    "authority|leader|negotiator|mediator|prosecutor|investigator|inspector|monitor|soldier|troop|officer|" +
    "stock|share|bonds|market|prices|future|yield|currency|commodity|export|import|sales|profit|earning|revenue|" +
    "inflation|unemployment|growth|output|demand|supply|" +
    "poll|polling|survey|vote|voting|turnout|ballot|election|" +
    "occupation|invasion|war|fighting|shelling|ceasefire|truce|negotiation|talk|diplomacy|sanction|aid|" +
    "state|country|nation|government|regime|region|city|town|village|capital|border|frontline|front|" +
    "news|data|evidence|footage|image|video|report|document|statement|analysis|estimate|figure|record",
);

/** True when `words` holds the lower-case word or its singular ("allies" → "ally", "witnesses" → "witness"). */
export function hasNounForm(words: ReadonlySet<string>, lower: string): boolean {
  if (words.has(lower)) return true;
  if (lower.endsWith("ies")) return words.has(`${lower.slice(0, -3)}y`);
  if (lower.endsWith("es") && words.has(lower.slice(0, -2))) return true;
  return lower.endsWith("s") && words.has(lower.slice(0, -1));
}

/** A generic noun of `GENERIC_NOUNS` or its plural ("allies", "experts"), lower case. */
export const isGenericNoun = (lower: string): boolean => hasNounForm(GENERIC_NOUNS, lower);
