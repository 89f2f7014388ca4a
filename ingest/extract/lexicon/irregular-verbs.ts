// English irregular verb forms and their base form, for the verbs the CAMEO dictionary lists without their forms
// ("broken", "fought", "struck"). General English morphology, not a list of cues.

const TABLE = `
arise arose arisen|awake awoke awoken|be was were been is are am being|bear bore borne born|beat beat beaten|become became become|
begin began begun|bend bent bent|bet bet bet|bid bid bid|bind bound bound|bite bit bitten|bleed bled bled|
blow blew blown|break broke broken|bring brought brought|build built built|burn burnt burnt|burst burst burst|
buy bought bought|cast cast cast|catch caught caught|choose chose chosen|cling clung clung|come came come|
cost cost cost|creep crept crept|cut cut cut|deal dealt dealt|dig dug dug|do did done does doing|draw drew drawn|
drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feed fed fed|feel felt felt|fight fought fought|
find found found|flee fled fled|fly flew flown|forbid forbade forbidden|forecast forecast forecast|forget forgot forgotten|
forgive forgave forgiven|freeze froze frozen|get got gotten|give gave given|go went gone|grind ground ground|
grow grew grown|hang hung hung|have had had has having|hear heard heard|hide hid hidden|hit hit hit|hold held held|
hurt hurt hurt|keep kept kept|know knew known|lay laid laid|lead led led|leave left left|lend lent lent|
let let let|lie lay lain|lose lost lost|make made made|mean meant meant|meet met met|mislead misled misled|
overcome overcame overcome|overrun overran overrun|overthrow overthrew overthrown|pay paid paid|put put put|
quit quit quit|read read read|rebuild rebuilt rebuilt|ride rode ridden|ring rang rung|rise rose risen|run ran run|
say said said|see saw seen|seek sought sought|sell sold sold|send sent sent|set set set|shake shook shaken|
shed shed shed|shoot shot shot|show showed shown|shut shut shut|sing sang sung|sink sank sunk|sit sat sat|
slay slew slain|sleep slept slept|slide slid slid|speak spoke spoken|spend spent spent|spread spread spread|
stand stood stood|steal stole stolen|stick stuck stuck|sting stung stung|strike struck struck|strive strove striven|
swear swore sworn|sweep swept swept|swing swung swung|take took taken|teach taught taught|tear tore torn|
tell told told|think thought thought|throw threw thrown|undergo underwent undergone|understand understood understood|
undertake undertook undertaken|uphold upheld upheld|upset upset upset|wake woke woken|wear wore worn|
weep wept wept|win won won|withdraw withdrew withdrawn|withhold withheld withheld|withstand withstood withstood|
write wrote written`;

/** Irregular form → base form ("broken" → "break", "fought" → "fight"). */
export const IRREGULAR_VERB_FORMS: ReadonlyMap<string, string> = new Map(
  TABLE.split("|").flatMap((entry) => {
    const [base, ...forms] = entry.trim().split(/\s+/);
    return forms.filter((form) => form !== base).map((form) => [form, base as string] as const);
  }),
);
