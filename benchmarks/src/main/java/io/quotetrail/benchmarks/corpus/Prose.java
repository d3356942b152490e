package io.quotetrail.benchmarks.corpus;

import java.util.Set;

/**
 * Reporters' context sentences between the quotations: figures, schedules, history. They name
 * no person and contain no quotation marks, so they never blur an attribution. An article uses
 * each template at most once.
 */
final class Prose {

    static final int TEMPLATES = 36;

    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    private static final String[] GOALS = {
        "protect the public finances", "restore stability", "keep prices under control", "meet its obligations",
        "secure long-term growth", "protect national security", "reduce waiting times", "cut costs"};
    private static final String[] BENEFITS = {
        "bring long-term savings", "make the system fairer", "reduce the country's dependence on imports",
        "attract foreign investment", "ease pressure on the budget", "protect jobs in the regions"};
    private static final String[] PRESSURES = {
        "rising energy costs", "a shrinking workforce", "a slowdown in exports", "mounting public debt",
        "a wave of strikes", "a drought that has hit harvests"};

    private Prose() {
    }

    /** One sentence from a template not yet in {@code used}, or null when the article has used them all. */
    static String sentence(Dice dice, Story story, World world, Set<Integer> used) {
        if (used.size() >= TEMPLATES) {
            return null;
        }
        int template;
        do {
            template = dice.below(TEMPLATES);
        } while (!used.add(template));
        World.Country country = story.main().speaker().country();
        Topic topic = story.topic();
        String noun = topic.noun();
        String month = dice.pick(Lexicon.MONTHS);
        World.Country other;
        do {
            other = dice.pick(World.COUNTRIES);
        } while (other.equals(country));
        return switch (template) {
            case 0 -> "Inflation in " + country.name() + " stood at " + percent(dice) + " percent in " + month
                    + ", according to the national statistics office.";
            case 1 -> country.possessive() + " economy grew by " + percent(dice) + " percent last year, the weakest pace in "
                    + dice.between(3, 12) + " years.";
            case 2 -> "Parliament is due to debate the " + noun + " on " + dice.pick(WEEKDAYS) + ".";
            case 3 -> "The governing coalition holds " + dice.between(76, 98) + " of the 150 seats in parliament.";
            case 4 -> "Talks between the two sides broke down in " + month + " after " + dice.between(3, 11) + " rounds.";
            case 5 -> "The next general election in " + country.name() + " is due in " + dice.between(2026, 2029) + ".";
            case 6 -> "Unemployment has risen for " + dice.pick(new String[] {"three", "four", "five", "six"})
                    + " consecutive months.";
            case 7 -> "Analysts expect the dispute to weigh on markets in the coming weeks.";
            case 8 -> "The " + country.demonym() + " " + country.currency() + " fell " + percent(dice)
                    + " percent against the dollar after the announcement.";
            case 9 -> "Protests have been held in several cities since " + month + ".";
            case 10 -> "Opinion polls suggest support for the " + noun + " has fallen below " + dice.between(25, 45) + " percent.";
            case 11 -> "The " + noun + " would affect roughly " + dice.between(2, 90) + "0,000 people, according to official estimates.";
            case 12 -> "Officials from both sides are expected to meet again next week.";
            case 13 -> "A final decision is not expected before " + month + ".";
            case 14 -> "The row is the latest in a series of disputes between " + country.capital() + " and "
                    + other.capital() + ".";
            case 15 -> "Shares in " + dice.pick(world.companies()) + " closed " + percent(dice) + " percent lower on "
                    + dice.pick(WEEKDAYS) + ".";
            case 16 -> "Trade between " + country.name() + " and " + other.name() + " was worth about "
                    + dice.between(2, 40) + " billion " + country.currency() + "s last year.";
            case 17 -> "Several regional governors have asked for an emergency meeting.";
            case 18 -> "The issue has dominated the campaign ahead of local elections in " + month + ".";
            case 19 -> "Independent economists have questioned the cost estimates.";
            case 20 -> "The " + noun + " was first announced in " + month + " and has been revised twice since.";
            case 21 -> "Lawmakers from " + dice.pick(new String[] {"three", "four", "five"}) + " parties have called for a parliamentary inquiry.";
            case 22 -> country.possessive() + " public debt stands at about " + dice.between(45, 120) + " percent of output.";
            case 23 -> "The " + noun + " is expected to be discussed at a meeting of " + other.demonym()
                    + " and " + country.demonym() + " officials in " + other.capital() + " next month.";
            case 24 -> Utterance.capitalise(owner(topic, world)) + " announced the " + noun + " "
                    + dice.pick(new String[] {"last week", "earlier this month", "on " + dice.pick(WEEKDAYS)}) + ".";
            case 25 -> Utterance.capitalise(owner(topic, world)) + " has defended the " + noun + " as necessary to "
                    + dice.pick(GOALS) + ".";
            case 26 -> "The " + noun + " still requires the approval of parliament, where the coalition's majority is narrow.";
            case 27 -> "It was not immediately clear how the " + noun + " would be financed.";
            case 28 -> "Similar measures were introduced in " + other.name() + " in " + dice.between(2009, 2023)
                    + ", with mixed results.";
            case 29 -> country.possessive() + " budget deficit is expected to reach " + percent(dice) + " percent of output this year.";
            case 30 -> "Supporters of the " + noun + " say it would " + dice.pick(BENEFITS) + ".";
            case 31 -> "Critics say the " + noun + " was rushed through without proper consultation.";
            case 32 -> country.demonym() + " media reported last week that the " + noun
                    + " had been discussed at a cabinet meeting in " + month + ".";
            case 33 -> "If approved, the " + noun + " would take effect on " + month + " 1.";
            case 34 -> "The " + noun + " comes as " + country.name() + " struggles with " + dice.pick(PRESSURES) + ".";
            default -> "Markets in " + country.capital() + " were little changed on the news.";
        };
    }

    /** The topic's owner as the subject of a sentence ("the central bank", "the government in Velma"). */
    static String owner(Topic topic, World world) {
        String owner = topic.owner();
        if (owner.startsWith("the ") || world.companies().contains(owner)) {
            return owner;
        }
        return "the government in " + owner;
    }

    private static String percent(Dice dice) {
        return dice.between(0, 9) + "." + dice.between(1, 9);
    }
}
