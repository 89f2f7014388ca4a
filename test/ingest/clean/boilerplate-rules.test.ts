// Boilerplate rows written in the style of scraped news: each paragraph is either furniture (dropped, with the
// rule that drops it) or article text (kept). The kept rows are the near misses that a careless rule would eat.

import { describe, expect, it } from "vitest";
import { matchBoilerplate } from "../../../ingest/clean/boilerplate-rules.ts";
import { removeBoilerplate } from "../../../ingest/clean/clean-article.ts";
import { stripCreditPrefix, stripDateline } from "../../../ingest/clean/strip-paragraph-prefix.ts";

const DROPPED: [string, string][] = [
  ["Advertisement", "advertisement"],
  ["Story continues below advertisement", "advertisement"],
  ["The rest of the article is below the video.", "advertisement"],
  ["Read more: Allies pledge extra jets for the Baltic", "read-more"],
  ["READ ALSO: Minsk hosts joint exercises", "read-more"],
  ["See also: What the sanctions package contains", "read-more"],
  ["Related", "read-more"],
  [
    "Other Topics of Interest Rescuers Find No Survivors After Helicopter Crash – Ukraine at War Update Army Destroys " +
      "Patrol Ship Near Crimea; Blackouts Return to Kharkiv as Grid Operator Warns of Shortages",
    "teaser-block",
  ],
  ["More news about the crisis on our portal's main page.", "more-on-portal"],
  ["You can read the full interview here.", "more-on-portal"],
  ["CLICK HERE TO DOWNLOAD OUR NEWS APP", "share-subscribe"],
  ["Sign up for our morning briefing, delivered every weekday", "share-subscribe"],
  ["Follow us on Telegram for live coverage.", "share-subscribe"],
  ["Share this article", "share-subscribe"],
  ["LEAVE A REPLY", "comments"],
  ["Comments are closed.", "comments"],
  ["12 comments", "comments"],
  ["We use cookies to improve your experience. By continuing you accept them.", "cookies"],
  ["Photo: Ministry of Defence press office", "credit-label"],
  ["Source: Example Wire, Example Radio", "credit-label"],
  ["© Example Agency / Jane Roe", "copyright"],
  ["Copyright 2022 Example Media. All rights reserved.", "copyright"],
  ["Photo by Jan Kowalski", "photo-by"],
  ["Jan Kowalski/Example Agency/Getty Images", "agency-credit"],
  ["(Reuters)", "agency-credit"],
  ["Reporting by Jane Roe; Editing by John Doe", "reporting-credit"],
  ["The Associated Press contributed to this report.", "reporting-credit"],
  ["0:47 Minister visits the front line – video", "timestamp"],
  ["[12:05]", "timestamp"],
  ["Image 2 of 5 prev next", "gallery"],
  ["Expand", "gallery"],
  ["Facebook Twitter WhatsApp Email Print", "menu"],
  ["Home | World | Europe | Ukraine crisis", "menu"],
  ["* * *", "separator"],
  ["By Jane Roe and John Doe, Example Wire", "byline"],
  ["Kyiv CNN —", "byline"],
  ["Updated: Tuesday, 25 January 2022 10:15 GMT", "date-banner"],
  ["19 February 2022", "date-banner"],
  ["-3°C Kyiv", "weather"],
  ["ALLIES RUSH ARMS TO EASTERN FLANK AS TENSIONS RISE", "related-headline"],
  ["The rest of the text is below the podcast.", "advertisement"],
  ["NEW You can now listen to our articles!", "share-subscribe"],
  ["VIEW VIDEO", "gallery"],
  ["Riga, Latvia CNN —", "byline"],
  ["(JRD)", "byline"],
  ["Tanks on a train near the border PAP", "caption-credit"],
  ["ol", "fragment"],
  ["Soldiers fire at positions near the town. Photograph: Jane Roe/AP", "caption"],
  ["A serviceman walks past a burnt-out tank on the road into the city. Jane Roe/Reuters", "caption"],
  ["The foreign minister arrives for the talks in Brussels on Monday. Photo: Example Agency", "caption"],
  ["Updated 10:45 GMT", "date-banner"],
  ["Example News Asia is now on YouTube. Click here to subscribe and watch our explainers.", "channel-plug"],
  ["For the latest updates from the front, click here.", "channel-plug"],
];

const KEPT: string[] = [
  "Read the statement, the minister told reporters, and you will see that nothing has changed.",
  "Related talks are due to take place in Paris next week.",
  "Sources close to the talks said the two sides had agreed to meet again.",
  "Photos released by the ministry showed tanks being loaded onto trains.",
  "By Tuesday, Russian forces had moved closer to the border, satellite images showed.",
  "By contrast, the Baltic states asked for more troops.",
  "Follow-up talks are planned for February.",
  "Comments by the foreign minister angered Moscow.",
  "The summit took place on 25 January 2022 in Paris.",
  "NATO said it would send more ships.",
  "Reuters reported on Friday that blood supplies had been moved to the border.",
  "Share prices in Moscow fell sharply on Monday.",
  "Subscribers to the Kremlin's line argued that the drills were routine.",
  "What can stop the war?",
  "– Talks in Geneva –",
  "Kyiv",
  "“We will not be provoked,” Kuleba said.",
  "Sign language interpreters were present at the briefing.",
  "No.",
  "The agency's photographer worked for AFP.",
  "Sanctions target TASS",
  "CNN contacted the ministry for a response.",
  "The ministry released one photo: a tank on a flatbed wagon.",
  "The helpline is open 24/7 for families of the missing.",
  "The minister said the video had been on YouTube for a week before it was removed.",
  "The ministry said the convoy had turned back, according to AP.",
];

describe("matchBoilerplate", () => {
  it.each(DROPPED)("drops %j (%s)", (paragraph, rule) => {
    expect(matchBoilerplate(paragraph)).toEqual(rule);
  });

  it.each(KEPT)("keeps %j", (paragraph) => {
    expect(matchBoilerplate(paragraph)).toEqual(null);
  });

  it("keeps ALL-CAPS lines when told the article itself is in capitals", () => {
    expect(matchBoilerplate("ALLIES RUSH ARMS TO EASTERN FLANK AS TENSIONS RISE", false)).toEqual(null);
  });
});

describe("removeBoilerplate", () => {
  it("drops furniture between paragraphs and cuts glued credits and datelines", () => {
    expect(
      removeBoilerplate([
        "KYIV, 26 January 2022 (Example Wire) – This opening paragraph has no agency we know, so its dateline stays.",
        "MINSK, 3 February (BelTA) – The Belarusian leader inspected the troops.",
        "Photo: Jane Roe, Example AgencyThe minister arrived in Warsaw on Monday for talks with his Polish counterpart about border security.",
        "Advertisement",
        "The talks lasted three hours.",
      ]),
    ).toEqual([
      "KYIV, 26 January 2022 (Example Wire) – This opening paragraph has no agency we know, so its dateline stays.",
      "The Belarusian leader inspected the troops.",
      "The minister arrived in Warsaw on Monday for talks with his Polish counterpart about border security.",
      "The talks lasted three hours.",
    ]);
  });

  it("keeps every paragraph of an article written in capitals", () => {
    const caps = ["MINISTERS MEET IN VIENNA FOR TALKS", "THE CHAIR CALLED FOR CALM AND RESTRAINT ON ALL SIDES"];
    expect(removeBoilerplate(caps)).toEqual(caps);
  });
});

describe("stripCreditPrefix and stripDateline", () => {
  it.each([
    ["Source: Example WireTwo ministers met in Vilnius on Friday to discuss the deployment of additional allied troops.", "Two ministers met in Vilnius on Friday to discuss the deployment of additional allied troops."],
    ["Photo: Press Office782 days have passed since the war began, the president said in his evening address to the nation.", "782 days have passed since the war began, the president said in his evening address to the nation."],
    ["Photos and videos from the occupied towns were shared widely on social media in the days after the vote took place.", "Photos and videos from the occupied towns were shared widely on social media in the days after the vote took place."],
  ])("stripCreditPrefix(%j)", (paragraph, expected) => {
    expect(stripCreditPrefix(paragraph)).toEqual(expected);
  });

  it.each([
    ["WARSAW (AFP) - Poland closed the crossing.", "Poland closed the crossing."],
    ["(Reuters) — The ministry confirmed the call.", "The ministry confirmed the call."],
    ["NATO — the alliance of thirty nations — met again.", "NATO — the alliance of thirty nations — met again."],
  ])("stripDateline(%j)", (paragraph, expected) => {
    expect(stripDateline(paragraph)).toEqual(expected);
  });
});
