package io.quotetrail.benchmarks.corpus;

import java.util.HashMap;
import java.util.Map;

/**
 * Word lists and phrase templates of the utterance grammar.
 *
 * <p>Notation: alternatives are separated by {@code |}; the first is what the speaker said, the
 * others are how another outlet might render it (synonyms, contractions, word order). {@code {SLOT}}
 * is filled once per phrase from the list of that name, the same filler in every alternative; a
 * filler may itself have alternatives and slots. {@code {GROUP_B}} draws from {@code GROUP} again,
 * a different entry. A form starting with a comma is glued to the previous phrase.
 */
final class Lexicon {

    private Lexicon() {
    }

    // ------------------------------------------------------------------ fillers

    static final String[] GROUP = {
        "pensioners|retirees", "farmers", "nurses", "families|households", "small businesses|small firms",
        "taxpayers", "young people", "workers|working people", "our soldiers|our troops",
        "border communities|communities along the border", "fishermen|fishing crews", "students", "tenants|renters",
        "savers|depositors", "miners", "doctors", "teachers", "hauliers|lorry drivers", "dockworkers|dock workers",
        "shopkeepers|shop owners", "commuters", "refugees", "single parents|lone parents", "steelworkers|steel workers",
        "carers|care workers", "the unemployed|jobseekers", "veterans", "patients", "rural communities",
        "local councils|municipalities", "exporters", "air passengers|air travellers", "consumers|customers",
        "ordinary families|ordinary households", "our allies|our partners", "firefighters", "bus drivers",
        "researchers|scientists", "young farmers", "people with disabilities|disabled people"};

    static final String[] SERVICE = {
        "hospitals", "health care|healthcare", "schools", "public transport|public transit", "the police",
        "pensions", "social housing|public housing", "research|scientific research", "rural roads|country roads",
        "the armed forces|the military", "child care|childcare", "flood defences|flood protection",
        "mental health services|mental health care", "the fire service|fire brigades", "universities"};

    static final String[] NUMBER = {
        "2,000|two thousand", "3,500", "4,000|four thousand", "10,000|ten thousand", "12,000|twelve thousand",
        "1,200", "600|six hundred", "15,000|fifteen thousand", "40,000|forty thousand", "900|nine hundred",
        "7,500", "25,000|twenty-five thousand"};

    static final String[] FEW = {"two", "three", "five", "seven", "ten", "fourteen|14", "thirty|30"};

    static final String[] INSTITUTION = {
        "the banking system|the banks", "our institutions", "the courts|the judiciary", "the electoral process",
        "the health service|the health system", "the statistics office", "public finances|the public finances",
        "the tax authority|the tax office"};

    static final String[] BENEFICIARY = {
        "the speculators|speculators", "the smugglers|the traffickers", "the big banks|the major banks",
        "our competitors|our rivals", "the extremists|the radicals", "tax dodgers|tax evaders",
        "the arms lobby|arms dealers", "landlords"};

    static final String[] VALUE = {
        "our sovereignty", "press freedom|the freedom of the press", "the rule of law", "local democracy",
        "the rights of workers|workers' rights", "the independence of the courts|judicial independence",
        "the right to strike", "academic freedom"};

    static final String[] AGREEMENT = {
        "every agreement we have signed|all the agreements we have signed", "the ceasefire|the truce",
        "international law", "the coalition agreement|the coalition deal", "the trade treaty|the trade agreement",
        "the fishing accord", "the border treaty"};

    static final String[] EXPERTS = {
        "every economist|all economists", "our own scientists", "the central bank", "the auditors",
        "the health authorities", "the military", "independent experts|independent specialists", "the engineers"};

    static final String[] FAKE = {"reform", "prudence", "solidarity", "progress", "security policy", "modernisation"};

    static final String[] OTHERS = {
        "the {DEMONYM} side|the {DEMONYM} authorities", "the authorities in {CAPITAL}", "the occupiers|the occupationists",
        "the managers of {COMPANY}|{COMPANY}'s managers", "the coalition parties|the parties of the coalition",
        "the previous government|the last government", "the banks", "the organisers of this campaign",
        "the owners of {COMPANY}|{COMPANY}'s owners", "those who signed this order"};

    static final String[] OUTCOME = {
        "the further degradation of relations|the further deterioration of relations",
        "the collapse of the talks|the breakdown of the negotiations", "what happens next|whatever happens next",
        "the chaos at the border|the disorder at the border", "the loss of {NUMBER} jobs|the destruction of {NUMBER} jobs",
        "rising prices|the rise in prices", "the closure of the {CAPITAL} plant|the shutdown of the {CAPITAL} plant",
        "the delays at our ports|the delays in our ports", "the failure of the rescue plan",
        "the shortages in our pharmacies|the shortages at our pharmacies"};

    static final String[] BAD_CHOICE = {"confrontation", "spin", "short-term profit", "spy mania", "propaganda",
        "populism", "isolation", "secrecy", "empty gestures", "escalation"};

    static final String[] GOOD_CHOICE = {"dialogue", "the truth", "their own workers", "cooperation", "transparency",
        "common sense", "the public interest", "diplomacy"};

    static final String[] CAUSE = {
        "a crisis they did not create|a crisis not of their making", "a decade of broken promises|ten years of broken promises",
        "the failures of this government|this government's failures", "the greed of a few|the greed of a small few",
        "years of neglect|years of underinvestment", "reckless borrowing|irresponsible borrowing",
        "a war they never chose|a war they did not choose", "decisions taken in {CAPITAL}|decisions made in {CAPITAL}",
        "the mistakes of the banks|the banks' mistakes", "an energy crisis made abroad|an energy crisis imported from abroad",
        "the mistakes of others|other people's mistakes", "a tax system built for the rich|a tax system designed for the wealthy"};

    static final String[] DESERVED = {
        "a fair wage|fair pay", "a decent pension|a proper pension", "a new hospital|a modern hospital",
        "clean water|safe drinking water", "a reliable train service|reliable trains", "affordable homes|affordable housing",
        "justice", "a bridge that does not close every winter", "a straight answer|a clear answer"};

    static final String[] EMPTY = {
        "empty promises|hollow promises", "another commission|yet another commission", "slogans|mere slogans",
        "a one-off payment|a single payment", "press releases", "excuses|more excuses", "photo opportunities"};

    static final String[] EVIDENCE = {
        "the figures published this week|the numbers released this week", "the courage of {GROUP}|the bravery of {GROUP}",
        "the events of last winter|what happened last winter", "every independent study|every single independent study",
        "the vote in parliament|the parliamentary vote", "the audit of the accounts|the audit of the books",
        "the testimony of {GROUP}|the evidence given by {GROUP}"};

    static final String[] OUTSIDERS = {"bankers in {CAPITAL}", "lobbyists", "foreign consultants|consultants from abroad",
        "the commissioners", "people who have never visited {CAPITAL}"};

    static final String[] FACILITY = {"hospital", "school", "border crossing", "factory|plant", "mine",
        "rail line|railway line", "post office", "maternity ward"};

    static final String[] LIST_ITEM = {"security", "jobs", "dignity", "stability", "fair wages", "housing", "lower bills",
        "safe streets", "clean air", "good schools", "cheaper energy", "respect"};

    // ------------------------------------------------------------------ topics

    /** Owners of a plan or decision; {@code @} marks a generic owner written with "the". */
    static final String[] GENERIC_OWNERS = {
        "the government", "the central bank", "the regulator", "the commission", "the coalition", "the opposition",
        "the city council", "the energy regulator", "the competition authority", "the port authority"};

    /** Head nouns of a topic: "plan|proposal" + complements fitting a government. */
    static final String[][] GOVERNMENT_TOPICS = {
        {"decision|move", "to expel {FEW} diplomats|to throw out {FEW} diplomats"},
        {"plan|proposal", "to close the border|to shut the border"},
        {"decision|move", "to raise fuel taxes|to increase fuel taxes"},
        {"proposal|plan", "to cut spending on {SERVICE}|to reduce spending on {SERVICE}"},
        {"plan|proposal", "to privatise the state railway|to sell off the state railway"},
        {"decision|move", "to suspend the talks|to freeze the talks"},
        {"budget|budget plan", ""},
        {"ultimatum", ""},
        {"offer", "to resume negotiations|to restart negotiations"},
        {"plan|proposal", "to raise the retirement age|to increase the retirement age"},
        {"decision|move", "to build a nuclear plant|to construct a nuclear plant"},
        {"plan|proposal", "to extend military service|to lengthen military service"},
        {"decision|move", "to ban street protests|to prohibit street protests"},
        {"plan|proposal", "to merge the two regions|to combine the two regions"},
        {"decision|move", "to recall its ambassador|to withdraw its ambassador"},
        {"draft treaty|draft agreement", ""},
        {"sanctions package|package of sanctions", ""},
        {"decision|move", "to cap rents|to freeze rents"},
        {"plan|proposal", "to tax windfall profits|to impose a windfall tax"},
        {"decision|move", "to close {FEW} rural hospitals|to shut {FEW} rural hospitals"}};

    static final String[][] COMPANY_TOPICS = {
        {"plan|proposal", "to cut {NUMBER} jobs|to shed {NUMBER} jobs"},
        {"decision|move", "to close the {CAPITAL} plant|to shut the {CAPITAL} plant"},
        {"takeover offer|takeover bid", ""},
        {"decision|move", "to move its headquarters abroad|to relocate its headquarters abroad"},
        {"pay offer|wage offer", ""},
        {"plan|proposal", "to raise prices again|to increase prices again"},
        {"merger plan|plan to merge", ""},
        {"decision|move", "to cancel the pension scheme|to scrap the pension scheme"},
        {"plan|proposal", "to outsource its call centres|to move its call centres abroad"}};

    // ------------------------------------------------------------------ clause parts

    /** Negative verdicts after "is"; single adjectives make one-word fragments. */
    static final String[] VERDICT_NEGATIVE = {
        "a provocation|a deliberate provocation", "a reckless gamble|a dangerous gamble",
        "a betrayal of {GROUP}|an act of betrayal against {GROUP}", "a serious mistake|a grave error",
        "an insult to {GROUP}|an affront to {GROUP}", "a gift to {BENEFICIARY}|a present for {BENEFICIARY}",
        "nothing more than window dressing|mere window dressing", "a cynical attempt to buy votes|a cynical bid to buy votes",
        "blackmail, pure and simple|simple blackmail", "unacceptable|inadmissible", "irresponsible|reckless",
        "premature", "shameful|disgraceful", "absurd|ridiculous", "illegal|unlawful", "dangerous|perilous",
        "cruel|heartless", "unworkable|impractical", "short-sighted|myopic",
        "a declaration of war on {GROUP}|a declaration of war against {GROUP}",
        "a slap in the face for {GROUP}|a slap in the face to {GROUP}", "built on sand", "dead on arrival",
        "a recipe for chaos|a recipe for disaster", "an attack on {VALUE}|an assault on {VALUE}",
        "a violation of {AGREEMENT}|a breach of {AGREEMENT}", "a disgrace|a scandal", "a hostile act|an unfriendly act",
        "a blow to {GROUP}|a heavy blow to {GROUP}", "a smokescreen", "an act of desperation|a sign of desperation",
        "a historic error|a historic mistake"};

    static final String[] VERDICT_POSITIVE = {
        "a step in the right direction|a move in the right direction", "long overdue",
        "a historic opportunity|a historic chance", "a victory for common sense|a win for common sense",
        "good news for {GROUP}|welcome news for {GROUP}", "a fair compromise|a reasonable compromise",
        "the only responsible choice|the only sensible choice", "a lifeline for {GROUP}|a lifeline to {GROUP}",
        "a breakthrough|a real breakthrough", "an important signal|a strong signal", "courageous|brave",
        "encouraging|promising", "a turning point"};

    /** Verb phrases of a relative clause whose subject is the topic ("that will not go unanswered"). */
    static final String[] PREDICATE_NEGATIVE = {
        "will not go unanswered|will not remain without an answer|will not be left unanswered",
        "puts {NUMBER} jobs at risk|endangers {NUMBER} jobs", "ignores the warnings of {EXPERTS}|disregards the warnings of {EXPERTS}",
        "will cost {GROUP} dearly|will cost {GROUP} a great deal", "undermines {VALUE}|weakens {VALUE}",
        "rewards failure", "was drafted behind closed doors|was written behind closed doors",
        "punishes {GROUP} for the mistakes of others|punishes {GROUP} for other people's mistakes",
        "will divide the country|will split the country", "has no legal basis|lacks any legal basis",
        "will only help the smugglers|will help nobody but the smugglers"};

    static final String[] PREDICATE_POSITIVE = {
        "deserves our full support|deserves our complete support", "should have come years ago",
        "will make {GROUP} safer|will make {GROUP} more secure", "will save {NUMBER} jobs|will protect {NUMBER} jobs",
        "could unlock new investment|could open the door to new investment", "finally puts {GROUP} first",
        "answers the concerns of {GROUP}|responds to the concerns of {GROUP}"};

    static final String[] TAIL_NEGATIVE = {
        "at the worst possible moment|at the worst possible time", "dressed up as {FAKE}|disguised as {FAKE}",
        ", and history will judge it harshly|, and history will not judge it kindly",
        ", and we will fight it in every court|, and we will challenge it in every court",
        ", and it must be withdrawn immediately|, and it must be withdrawn at once",
        "for {GROUP} across the country|for {GROUP} all over the country", "that nobody asked for|that no one asked for",
        "that {GROUP} simply cannot afford|that {GROUP} just cannot afford"};

    static final String[] TAIL_POSITIVE = {
        ", and we should build on it|, and we must build on it", "after years of delay|after years of delays",
        "for {GROUP} across the country|for {GROUP} all over the country", "that {GROUP} have waited for|that {GROUP} have been waiting for"};

    /** Verbs for refusing the story's topic ("We will not accept the central bank's plan"). */
    static final String[] REFUSAL_VERB = {"accept|tolerate", "support|back", "approve|endorse", "put up with|stand for"};

    /** Whole verb phrases of a refusal, for utterances not about the topic. */
    static final String[] REFUSAL = {
        "accept any deal that punishes {GROUP}|tolerate any deal that punishes {GROUP}|accept any agreement that punishes {GROUP}",
        "sign a budget written by {OUTSIDERS}|sign a budget drafted by {OUTSIDERS}",
        "bow to ultimatums from {CAPITAL}|give in to ultimatums from {CAPITAL}",
        "accept a single cut to {SERVICE}|accept even one cut to {SERVICE}",
        "be intimidated by threats from anyone|be intimidated by threats from any quarter",
        "sign a ceasefire on these terms|sign a truce on these terms",
        "approve a merger that destroys {NUMBER} jobs|approve a merger that wipes out {NUMBER} jobs",
        "vote for another tax on {GROUP}|vote for yet another tax on {GROUP}",
        "go back to the old rules|return to the old system",
        "allow the closure of a single {FACILITY}|allow even one {FACILITY} to close",
        "sign a treaty that turns {CAPITAL} into a waiting room|sign a treaty that makes {CAPITAL} a waiting room",
        "hand over our data to {COMPANY}|hand our data over to {COMPANY}",
        "negotiate with a gun to our head|negotiate with a gun pointed at our head",
        "let {GROUP} pay for this crisis|let {GROUP} foot the bill for this crisis"};

    static final String[] CONDITION = {
        "under any circumstances|in any circumstances", "as long as I hold this office|while I hold this office",
        "at any price|at any cost", "without a vote in parliament|without a parliamentary vote",
        "behind the backs of {GROUP}|without consulting {GROUP}", "this year or next", "on these terms|under these terms",
        "whatever the pressure|no matter the pressure", "while {GROUP} are paying the price|as long as {GROUP} are paying the price"};

    static final String[] ACTION = {
        "take all necessary measures|take every necessary measure", "respond in kind|respond in the same way",
        "present a new proposal|table a new proposal", "defend every single job|protect every single job",
        "return to the negotiating table|go back to the negotiating table", "publish the full figures|release the full figures",
        "cut the fuel tax|lower the fuel tax", "double funding for {SERVICE}|double the funding for {SERVICE}",
        "close every loophole|shut every loophole", "build {NUMBER} new homes|construct {NUMBER} new homes",
        "keep the border open|keep the border crossings open", "hold those responsible to account|hold the people responsible to account",
        "fight this decision in court|challenge this decision in court", "restore confidence in {INSTITUTION}|rebuild trust in {INSTITUTION}",
        "protect the savings of {GROUP}|safeguard the savings of {GROUP}", "compensate every affected family|compensate all affected families",
        "review every contract signed by {COMPANY}|re-examine every contract signed by {COMPANY}",
        "reopen the talks|resume the talks", "support {GROUP} in every region|help {GROUP} in every region",
        "put an end to the blockade|bring the blockade to an end", "raise the minimum wage|increase the minimum wage",
        "freeze energy prices|cap energy prices", "hire {NUMBER} more nurses|recruit {NUMBER} more nurses",
        "open an independent inquiry|launch an independent investigation", "bring our citizens home|bring our people home",
        "reduce waiting lists|cut waiting lists", "defend every metre of our territory|defend each metre of our territory",
        "repair every damaged school|rebuild every damaged school",
        "protect {GROUP} from the price shock|shield {GROUP} from the price shock"};

    static final String[] TIME = {
        "in the coming weeks|over the coming weeks", "before the end of the year|by the end of the year",
        "as soon as parliament returns|once parliament returns", "within {FEW} days|in less than {FEW} days",
        "without delay|without any delay", "next spring|in the spring", "before the summer recess|ahead of the summer recess",
        "if necessary|should it be necessary", "this month|within this month", "before the winter|ahead of the winter"};

    static final String[] SUFFERING_VERB = {
        "are paying the price for|are paying for", "are being asked to carry the burden of|are being made to carry the burden of",
        "should not pay for|must not pay for", "are still recovering from|are still suffering from"};

    static final String[] WAITING_VERB = {"have waited {FEW} years for|have been waiting {FEW} years for",
        "were promised|have been promised", "still do not have|still lack"};

    static final String[] DESERVING_VERB = {"deserve better than|deserve more than", "are tired of|are fed up with"};

    static final String[] INTRANSITIVE_GROUP = {
        "are running out of patience|are losing patience", "will not forget who stood with them|will remember who stood with them",
        "cannot wait any longer|cannot afford to wait any longer", "were never consulted|were never asked",
        "have been left behind|have been abandoned"};

    static final String[] RESPONSIBILITY = {"bear full responsibility for|bear all responsibility for|are fully responsible for",
        "will have to answer for|must answer for"};

    static final String[] CHOICE = {
        "have once again chosen {BAD_CHOICE} over {GOOD_CHOICE}|have once again preferred {BAD_CHOICE} to {GOOD_CHOICE}"};

    static final String[] PROOF = {"this was demonstrated by|this was fully proved by|this has been shown by",
        "this is confirmed by|this is borne out by"};

    static final String[] STANCE = {
        "our position has not changed|our position remains unchanged", "the door to dialogue remains open|the door to talks remains open",
        "nobody has an interest in failure|no one has an interest in failure", "the figures speak for themselves|the numbers speak for themselves",
        "we have nothing to hide|we have nothing at all to hide", "time is running out|time is running short",
        "the evidence is overwhelming|the evidence is crushing", "the ball is now in {CAPITAL}'s court|the ball is now in the court of {CAPITAL}",
        "this is only the beginning|this is just the beginning", "we are a few steps away from an agreement|we are only a few steps from a deal",
        "history will judge us|history will be our judge", "enough is enough", "we will not be intimidated|we refuse to be intimidated",
        "patience has its limits|our patience has limits", "the law is on our side|the law is with us",
        "the choice is theirs|the decision is theirs", "nothing has been decided yet|no decision has been taken yet",
        "we are ready for any scenario|we are prepared for any scenario", "our hand remains extended|our hand is still extended",
        "the people will have the last word|the people will have the final say", "words are not enough|words alone are not enough",
        "there is no plan B|there is no Plan B", "we owe them the truth|we owe them honesty"};

    static final String[] WARNING_CONDITION = {
        "if {OWNER} goes ahead with this,|should {OWNER} go ahead with this,", "if nothing changes,|if nothing is done,",
        "if the talks fail,|should the talks fail,", "if prices keep rising,|if prices continue to rise,",
        "without urgent action,|unless urgent action is taken,", "if the border stays closed,|if the border remains closed,"};

    static final String[] WARNING_CONSEQUENCE = {
        "thousands of families will lose their homes|thousands of families will be left homeless",
        "prices will rise for everyone|everyone will pay higher prices", "we will respond immediately|we will react at once",
        "the whole region will pay the price|the entire region will pay the price",
        "{GROUP} will be the first victims|{GROUP} will be the first to suffer",
        "{SERVICE} will collapse within a year|{SERVICE} will break down within a year",
        "strikes will spread across the country|we will see strikes across the country",
        "investors will simply leave|investors will just walk away", "the shelves will be empty by spring|the shelves will be bare by spring"};

    static final String[] NEED_INTRO = {"what {GROUP} need now is|what {GROUP} need today is", "what this country needs is|what the country needs is"};

    static final String[] NEED = {
        "stability, not slogans|stability rather than slogans", "a plan, not another promise|a plan rather than another promise",
        "clear rules and fair prices|fair prices and clear rules", "help this winter, not next year|help this winter rather than next year",
        "honesty about the costs|honesty about the real costs", "a government that listens|a government that actually listens"};

    /** Followed by a list of three groups, printed with or without the Oxford comma. */
    static final String[] SOLIDARITY_GROUPS = {"we stand with|we stand by", "this budget protects|this budget shields",
        "we will never abandon|we will not abandon", "our first thought goes to|our first thoughts go to"};

    /** Followed by a list of three things, printed with or without the Oxford comma. */
    static final String[] SOLIDARITY_ITEMS = {"our priority is|our priorities are", "this government stands for",
        "people are asking for|people are demanding"};

    static final String[] PERSONAL = {
        "I take full responsibility for {OUTCOME}|I accept full responsibility for {OUTCOME}",
        "I am proud of {GROUP}|I am very proud of {GROUP}", "I have no intention of resigning|I have no plans to resign",
        "I have seen the figures, and I am worried|I have seen the numbers, and I am concerned",
        "I have spoken to {GROUP} in every region|I have talked to {GROUP} in every region",
        "I will not promise what I cannot deliver|I will not promise what I cannot keep",
        "I did not enter politics to manage decline|I did not go into politics to manage decline",
        "I have never been more determined|I have never been so determined"};

    // ------------------------------------------------------------------ occasions and prose

    static final String[] LETTER_RECIPIENT_GOVERNMENT = {
        "the prime minister", "members of parliament", "the president of the commission", "the mayors of border towns",
        "the heads of the regional governments", "the parliamentary budget committee"};
    static final String[] LETTER_RECIPIENT_OTHER = {
        "party members", "the prime minister", "members of parliament", "the regulator", "the electoral commission",
        "the president of the commission"};
    static final String[] LETTER_RECIPIENT_BUSINESS = {"shareholders", "employees", "the regulator", "the competition authority"};
    static final String[] SPEECH_AUDIENCE_BUSINESS = {
        "business leaders in {CITY}", "an economic forum in {CITY}", "the annual shareholders' meeting",
        "an industry conference in {CITY}", "employees at the {CITY} headquarters"};
    static final String[] SPEECH_AUDIENCE = {
        "parliament", "party members in {CITY}", "business leaders in {CITY}", "a rally in {CITY}",
        "a conference of mayors", "union delegates in {CITY}", "an economic forum in {CITY}", "graduates of the national academy"};

    /** Quoted labels that are not quotations: programme names, nicknames, code words. */
    static final String[] NOISE_NAMES = {
        "Lighthouse", "Granite", "Bluebell", "Northgate", "Meadowlark", "Ironwood", "Silverline", "Driftwood",
        "Whitecap", "Larkspur", "Bramble", "Foxglove", "Harrier", "Juniper", "Marigold", "Thornfield", "Saltmarsh",
        "Anchor", "Keel", "Bastion"};
    static final String[] NOISE_WORDS = {"reset", "backstop", "corridor", "roadmap", "firewall", "pause", "cushion",
        "bridge", "shield", "compact"};

    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    // ------------------------------------------------------------------ lookup

    private static final Map<String, String[]> SLOTS = new HashMap<>();

    static {
        SLOTS.put("GROUP", GROUP);
        SLOTS.put("SERVICE", SERVICE);
        SLOTS.put("NUMBER", NUMBER);
        SLOTS.put("FEW", FEW);
        SLOTS.put("INSTITUTION", INSTITUTION);
        SLOTS.put("BENEFICIARY", BENEFICIARY);
        SLOTS.put("VALUE", VALUE);
        SLOTS.put("AGREEMENT", AGREEMENT);
        SLOTS.put("EXPERTS", EXPERTS);
        SLOTS.put("FAKE", FAKE);
        SLOTS.put("OTHERS", OTHERS);
        SLOTS.put("OUTCOME", OUTCOME);
        SLOTS.put("BAD_CHOICE", BAD_CHOICE);
        SLOTS.put("GOOD_CHOICE", GOOD_CHOICE);
        SLOTS.put("CAUSE", CAUSE);
        SLOTS.put("DESERVED", DESERVED);
        SLOTS.put("EMPTY", EMPTY);
        SLOTS.put("EVIDENCE", EVIDENCE);
        SLOTS.put("OUTSIDERS", OUTSIDERS);
        SLOTS.put("FACILITY", FACILITY);
        SLOTS.put("OWNER", GENERIC_OWNERS);
    }

    /** The list a slot draws from ("GROUP_B" draws from GROUP), or null for slots the world fills. */
    static String[] slot(String name) {
        int suffix = name.lastIndexOf("_");
        if (suffix > 0 && name.length() - suffix == 2) {
            name = name.substring(0, suffix);
        }
        return SLOTS.get(name);
    }
}
