// Language of an article by script and stop-word share: enough to tell English from the languages of the news
// newsgraph meets (European languages, Cyrillic, Arabic, CJK) without a model. "und" when it cannot tell.

/** English is detected when at least this share of the words are English stop words (and English leads). */
export const MIN_STOP_WORD_SHARE = 0.12;
/** Words looked at: the start of the article decides. */
const SAMPLE_WORDS = 2_000;

const STOP_WORD_LISTS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries({
    en: "the of and to in a is that for on was with he it as at by said be from has have had are his but not were this will an which who they its their been would or after also we about over more than i",
    de: "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über so zum war haben nur oder aber vor zur bis",
    fr: "de la le et les des en du un une est que pour dans qui a au pas sur par il ne plus avec se sont ce elle mais ou été son sa ses aux cette nous ont leur",
    es: "de la que el en y a los del se las por un para con no una su al lo como más pero sus le ha me si sin sobre este ya entre cuando todo esta ser son dos también fue había era muy",
    it: "di e il la che in a per un del non è una le si con i da al della sono dei come ha lo gli ma più nel alla anche se delle questo",
    pt: "de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito nos já está",
    nl: "de en van het een in is dat op te zijn met voor niet aan er die ook als maar om bij dan nog wel door naar hij wordt heeft uit zo",
    pl: "i w na z się nie do to że jest o jak po co ale od za przez dla jego są tak tym był jej już może oraz przy także który która które",
  }).map(([code, words]) => [code, words.split(" ")]),
);
const LANGUAGES = Object.keys(STOP_WORD_LISTS);

/** Each stop word to the indexes (into LANGUAGES) of the languages that use it. */
const STOP_WORDS = new Map<string, number[]>();
LANGUAGES.forEach((code, index) => {
  for (const word of STOP_WORD_LISTS[code] ?? []) {
    const list = STOP_WORDS.get(word);
    if (list === undefined) STOP_WORDS.set(word, [index]);
    else if (!list.includes(index)) list.push(index);
  }
});

/** Letters looked at for the script: enough for a stable majority, cheap on long articles. */
const SAMPLE_CHARS = 5_000;

function scriptLanguage(text: string): string | null {
  let letters = 0;
  let cyrillic = 0;
  let arabic = 0;
  let hebrew = 0;
  let greek = 0;
  let han = 0;
  let kana = 0;
  let hangul = 0;
  const end = Math.min(text.length, SAMPLE_CHARS);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
      letters++;
      continue;
    }
    if (code < 0xc0) continue;
    if (!/\p{L}/u.test(text[i] as string)) continue;
    letters++;
    if (code >= 0x0400 && code <= 0x052f) cyrillic++;
    else if (code >= 0x0600 && code <= 0x06ff) arabic++;
    else if (code >= 0x0590 && code <= 0x05ff) hebrew++;
    else if (code >= 0x0370 && code <= 0x03ff) greek++;
    else if (code >= 0x3040 && code <= 0x30ff) kana++;
    else if (code >= 0xac00 && code <= 0xd7af) hangul++;
    else if (code >= 0x4e00 && code <= 0x9fff) han++;
  }
  if (letters === 0) return null;
  const half = letters / 2;
  if (cyrillic > half) {
    if (/[ўЎ]/.test(text)) return "be";
    return (text.match(/[іїєґІЇЄҐ]/g) ?? []).length > cyrillic / 100 ? "uk" : "ru";
  }
  if (arabic > half) return "ar";
  if (hebrew > half) return "he";
  if (greek > half) return "el";
  if (kana > letters / 10) return "ja";
  if (hangul > half) return "ko";
  if (han > half) return "zh";
  return null;
}

/**
 * Detects the language of a text as an ISO 639-1 code, or "und" when it cannot tell (too few words, no clear
 * stop-word majority).
 * @example detectLanguage("The minister said that the talks would go on in Geneva next week.") // "en"
 */
export function detectLanguage(text: string): string {
  const script = scriptLanguage(text);
  if (script !== null) return script;
  const words = (text.slice(0, SAMPLE_WORDS * 12).toLowerCase().match(/[\p{L}']+/gu) ?? []).slice(0, SAMPLE_WORDS);
  if (words.length < 3) return "und";
  const counts = new Array<number>(LANGUAGES.length).fill(0);
  for (const word of words) {
    const languages = STOP_WORDS.get(word);
    if (languages !== undefined) for (const index of languages) counts[index] = (counts[index] ?? 0) + 1;
  }
  let best = "und";
  let bestShare = 0;
  counts.forEach((count, index) => {
    if (count / words.length > bestShare) {
      best = LANGUAGES[index] ?? "und";
      bestShare = count / words.length;
    }
  });
  return bestShare >= MIN_STOP_WORD_SHARE || (best === "en" && bestShare >= 0.08 && words.length < 40) ? best : "und";
}
