package io.quotetrail.benchmarks.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The invented world the articles report on: countries, people, ministries, companies, news
 * agencies and outlets. Nothing here names a real person or organisation.
 *
 * <p>People are not stored: person {@code i} is a pure function of the seed and {@code i}, so a
 * corpus of any size needs no registry in memory. Surnames are unique per person because the
 * gold lists the bare surname as an alias, and two speakers sharing one would make attribution
 * ambiguous (check_gold.py rejects such alias collisions).
 */
final class World {

    record Country(String name, String demonym, String capital, String stateAgency, String currency) {

        /** "Velmoria's" */
        String possessive() {
            return name + "'s";
        }
    }

    /** An intermediary or publisher: news agency, state news agency or outlet. */
    record Source(String name, String kind, List<String> aliases, String domain) {

        GoldEntity entity() {
            return new GoldEntity(name, kind, aliases);
        }
    }

    static final List<Country> COUNTRIES = List.of(
            new Country("Velmoria", "Velmorian", "Velma", "Velpress", "crown"),
            new Country("Castavia", "Castavian", "Castel", "Castinfo", "ducat"),
            new Country("Norvessa", "Norvessan", "Norhaven", "Norvent", "mark"),
            new Country("Duralia", "Duralian", "Durast", "Durapress", "florin"),
            new Country("Kestrania", "Kestranian", "Kestra", "Kestinform", "crown"),
            new Country("Merovia", "Merovian", "Meroval", "Merotag", "thaler"),
            new Country("Tarsenia", "Tarsenian", "Tarsk", "Tarsenpress", "lev"),
            new Country("Lunesia", "Lunesian", "Lunport", "Lunagency", "dinar"),
            new Country("Brevonia", "Brevonian", "Brevanne", "Brevinfo", "franc"),
            new Country("Ostelia", "Ostelian", "Ostelburg", "Ostpress", "mark"),
            new Country("Valdoria", "Valdorian", "Valdor", "Valnews", "florin"),
            new Country("Corvenia", "Corvenian", "Corvell", "Corvtag", "crown"),
            new Country("Haldoria", "Haldorian", "Haldris", "Haldpress", "ducat"),
            new Country("Estravia", "Estravian", "Estrava", "Estrinfo", "peso"),
            new Country("Pellonia", "Pellonian", "Pellon", "Pellagency", "lira"),
            new Country("Sarnavia", "Sarnavian", "Sarnat", "Sarnpress", "thaler"),
            new Country("Arvendia", "Arvendian", "Arvenholm", "Arvinform", "crown"),
            new Country("Quelmara", "Quelmaran", "Quelport", "Quelnews", "real"),
            new Country("Torvania", "Torvanian", "Torvanne", "Torpress", "mark"),
            new Country("Zephyria", "Zephyrian", "Zephyra", "Zephinfo", "drachma"),
            new Country("Ismaria", "Ismarian", "Ismar", "Ismtag", "dinar"),
            new Country("Galdonia", "Galdonian", "Galdon", "Galpress", "florin"));

    static final String[] PORTFOLIOS = {
        "Finance", "Foreign", "Interior", "Defence", "Energy", "Health", "Trade", "Transport",
        "Agriculture", "Justice", "Education", "Labour", "Environment", "Economy", "Housing", "Culture"};

    private static final String[] MALE_NAMES = {
        "Aldo", "Bastian", "Corin", "Dario", "Emil", "Fabian", "Goran", "Henrik", "Ivo", "Jonas",
        "Kasimir", "Lorenz", "Matteo", "Niko", "Oskar", "Pavel", "Quentin", "Rafael", "Stellan", "Tobias",
        "Ulrich", "Viktor", "Wendel", "Yannick", "Zoran", "Anselm", "Bruno", "Cyril", "Davor", "Elias",
        "Florin", "Gideon", "Hugo", "Ilan", "Jarek", "Konrad", "Leander", "Milos", "Nils", "Orel",
        "Radu", "Silas", "Teodor", "Valter", "Mattias", "Anton", "Benedek", "Casimir", "Dmitar", "Edvin"};

    private static final String[] FEMALE_NAMES = {
        "Mirela", "Anja", "Beatrix", "Celine", "Dalia", "Elin", "Fiora", "Greta", "Hanna", "Ilse",
        "Jelena", "Karin", "Livia", "Marta", "Nadia", "Olena", "Petra", "Rosa", "Sanne", "Tamsin",
        "Ursula", "Vesna", "Wilma", "Ysolde", "Zora", "Alma", "Brigit", "Clara", "Dora", "Edda",
        "Frida", "Gaia", "Helka", "Ida", "Jovana", "Kaja", "Lorena", "Mila", "Nora", "Orsolya",
        "Paola", "Rhea", "Selma", "Tilde", "Vida", "Agnes", "Bianca", "Carla", "Daria", "Ewa"};

    // Surname = onset + middle + ending. Middles ending in a vowel take endings starting with a
    // consonant and the other way round, so that the names stay pronounceable.
    private static final String[] ONSETS = {
        "Fer", "Mal", "Dor", "Bel", "Cas", "Ten", "Vor", "Lin", "Mar", "Sol", "Bra", "Kel", "Ros", "Tav",
        "Gal", "Pel", "Riv", "Dan", "Hal", "Ver", "Mon", "Sar", "Tor", "Bal", "Cor", "Lev", "Mir", "Ost",
        "Var", "Zan", "Kor", "Fal", "Jor", "Len", "Pav", "Rad", "Sev", "Tam", "Vel", "Dra", "Gor", "Nev",
        "Ser", "Bog", "Kal", "Ler", "Mat", "Tul", "Vin", "Hor"};
    private static final String[] VOWEL_MIDDLES = {"a", "e", "i", "o", "u", "ia", "io", "ea", "ado", "eli", "ova", "ura"};
    private static final String[] CONSONANT_ENDINGS = {
        "nte", "lli", "vic", "ssi", "rov", "ldo", "nko", "tta", "rin", "ski", "nen", "sek", "dov",
        "nder", "gard", "lund", "ccio", "rano", "lak", "ssen", "rek", "mont", "berg", "stad", "ndi",
        "rta", "vski", "nak", "ric", "ldi"};
    private static final String[] CONSONANT_MIDDLES = {"ar", "el", "en", "or", "an", "is", "ul", "am", "et", "ad"};
    private static final String[] VOWEL_ENDINGS = {
        "a", "o", "i", "e", "ek", "as", "in", "ani", "ero", "ina", "enko", "ini", "au", "ez", "ides", "escu", "ov", "ard"};

    private static final String[] COMPANY_STEMS = {
        "Norr", "Vast", "Kalm", "Brig", "Tern", "Ostra", "Lumen", "Grav", "Sund", "Arko", "Bryn", "Cordel",
        "Eskel", "Fjell", "Glimt", "Hexa", "Irva", "Jarn", "Kobol", "Lysa", "Mirvo", "Orvel", "Pyra", "Quorra",
        "Ravel", "Skarn", "Tova", "Ulden", "Verra", "Wenda", "Yarro", "Zelt"};
    private static final String[] COMPANY_TRADES = {
        "bank", "tel", "gas", "steel", "air", "rail", "pharma", "energi", "mark", "kraft", "link", "port",
        "chem", "foods", "cargo"};

    private static final String[] PARTIES = {
        "Green", "Liberal", "Conservative", "Social Democratic", "Agrarian", "National", "Progress",
        "Centre", "Left", "Reform"};
    private static final String[] UNION_TRADES = {
        "Rail", "Dock", "Steel", "Postal", "Hospital", "Transport", "Energy", "Farm", "Mine", "Port"};
    private static final String[] EXECUTIVE_POSTS = {"Chief Executive", "Chief Financial Officer", "Chair"};

    private static final List<Source> AGENCIES = List.of(
            agency("Nordic Wire", "Nordic Wire news agency"),
            agency("Meridian Press Agency", "Meridian Press"),
            agency("Continental News Service", "CNS"),
            agency("Atlas Newswire", "Atlas news agency"),
            agency("Northstar News Agency", "Northstar"),
            agency("Compass Wire Service", "Compass Wire"),
            agency("Horizon Press Agency", "Horizon Press"),
            agency("Equinox Newswire"),
            agency("Polaris News Agency", "Polaris"),
            agency("Summit Wire"),
            agency("Lodestar Press"),
            agency("Beacon News Service", "Beacon"));

    private static final String[] OUTLET_PLACES = {
        "Harbour", "Lakeside", "Riverside", "Bayside", "Hillside", "Greyhaven", "Kingsmere", "Alderbank",
        "Stonebridge", "Willowmere", "Redcliff", "Fernhill", "Elmstead", "Marshgate", "Copperbay",
        "Thornwick", "Brackenridge", "Saltcombe", "Highmoor", "Oakhollow", "Larchmont", "Quayside",
        "Ravensholt", "Silverdale"};
    private static final String[] OUTLET_TITLES = {
        "Herald", "Courier", "Gazette", "Tribune", "Observer", "Ledger", "Chronicle", "Post", "Times",
        "Dispatch", "Monitor", "Review", "Sentinel", "Standard", "Record", "Journal"};

    private static final int OUTLET_COUNT = 64;

    private final long seed;
    private final List<String> surnames;
    private final List<String> companies;
    private final List<Source> outlets;
    private final List<Source> stateAgencies;

    World(long seed) {
        this.seed = seed;
        Random shuffler = new Random(seed);
        this.companies = buildCompanies(shuffler);
        this.outlets = buildOutlets(shuffler);
        this.stateAgencies = COUNTRIES.stream().map(c -> new Source(c.stateAgency(), "STATE_MEDIA",
                List.of("state news agency " + c.stateAgency(),
                        c.demonym() + " state news agency " + c.stateAgency()), null)).toList();
        this.surnames = buildSurnames(shuffler, reservedWords());
    }

    // ---------------------------------------------------------------- sources

    List<Source> agencies() {
        return AGENCIES;
    }

    List<Source> outlets() {
        return outlets;
    }

    Source stateAgency(Country country) {
        return stateAgencies.get(COUNTRIES.indexOf(country));
    }

    static Source platform(String name) {
        return new Source(name, "PLATFORM", name.equals("X") ? List.of("Twitter") : List.of(), null);
    }

    List<String> companies() {
        return companies;
    }

    // ---------------------------------------------------------------- speakers

    /** How many different people this world can hold. */
    int personCapacity() {
        return surnames.size();
    }

    /** Person number {@code index}: always the same person for the same seed. */
    Speaker person(int index) {
        Dice dice = new Dice(Dice.mix(seed, index));
        boolean female = dice.chance(0.45);
        String first = dice.pick(female ? FEMALE_NAMES : MALE_NAMES);
        String surname = surnames.get(index);
        Country country = dice.pick(COUNTRIES);
        String demonym = country.demonym();
        String title;
        String titledPrefix;
        String appositive;
        String headlineRole;
        boolean government;
        boolean business = false;
        switch (dice.weighted(30, 6, 8, 4, 12, 8, 18, 7, 7)) {
            case 0 -> {
                String p = dice.pick(PORTFOLIOS);
                title = p + " Minister";
                titledPrefix = demonym + " " + title;
                appositive = country.possessive() + " " + lower(p) + " minister";
                headlineRole = demonym + " " + lower(p) + " minister";
                government = true;
            }
            case 1 -> {
                String p = dice.pick(PORTFOLIOS);
                title = "Deputy " + p + " Minister";
                titledPrefix = demonym + " " + title;
                appositive = country.possessive() + " deputy " + lower(p) + " minister";
                headlineRole = demonym + " deputy " + lower(p) + " minister";
                government = true;
            }
            case 2 -> {
                String p = dice.pick(PORTFOLIOS);
                String spokes = female ? "Spokeswoman" : "Spokesman";
                title = p + " Ministry " + spokes;
                titledPrefix = demonym + " " + title;
                appositive = "a " + lower(spokes) + " for " + country.possessive() + " " + lower(p) + " ministry";
                headlineRole = demonym + " " + lower(p) + " ministry";
                government = true;
            }
            case 3 -> {
                title = "Central Bank Governor";
                titledPrefix = demonym + " " + title;
                appositive = "the governor of " + country.possessive() + " central bank";
                headlineRole = demonym + " central bank chief";
                government = true;
            }
            case 4 -> {
                String party = dice.pick(PARTIES);
                title = party + " Party Leader";
                titledPrefix = demonym + " " + title;
                appositive = "the leader of " + country.possessive() + " " + party + " Party";
                headlineRole = demonym + " " + party + " Party leader";
                government = false;
            }
            case 5 -> {
                title = "Senator";
                titledPrefix = demonym + " Senator";
                appositive = indefinite(demonym) + " " + demonym + " senator";
                headlineRole = demonym + " senator";
                government = false;
            }
            case 6 -> {
                String company = companies.get(index % companies.size());
                String post = dice.pick(EXECUTIVE_POSTS);
                title = post;
                titledPrefix = company + " " + post;
                appositive = "the " + lower(post) + " of " + company;
                headlineRole = company + " " + (post.equals("Chief Executive") ? "boss" : lower(post));
                government = false;
                business = true;
            }
            case 7 -> {
                String trade = dice.pick(UNION_TRADES);
                title = "Union Leader";
                titledPrefix = trade + " Union Leader";
                appositive = "the head of the " + demonym + " Union of " + trade + " Workers";
                headlineRole = lower(trade) + " union leader";
                government = false;
            }
            default -> {
                title = "Mayor";
                titledPrefix = country.capital() + " Mayor";
                appositive = "the mayor of " + country.capital();
                headlineRole = country.capital() + " mayor";
                government = false;
            }
        }
        String name = first + " " + surname;
        return Speaker.person(name, surname, female, country, government, business,
                title + " " + name, titledPrefix + " " + name, appositive, headlineRole);
    }

    /** A ministry that speaks as an institution ("the Interior Ministry of Velmoria said ..."). */
    Speaker ministry(Dice dice) {
        Country country = dice.pick(COUNTRIES);
        String p = dice.pick(PORTFOLIOS);
        String canonical = country.demonym() + " " + p + " Ministry";
        List<String> mentions = List.of(
                "the " + p + " Ministry of " + country.name(),
                country.possessive() + " " + lower(p) + " ministry",
                "the " + canonical);
        List<String> aliases = List.of(p + " Ministry of " + country.name(), country.possessive() + " " + lower(p) + " ministry");
        return Speaker.organisation(Speaker.Kind.MINISTRY, canonical, "GOVERNMENT", country, true, mentions, aliases,
                country.possessive() + " " + lower(p) + " ministry");
    }

    /** A company that speaks in its own name ("Norrbank said in a statement ..."). */
    Speaker company(Dice dice) {
        String name = dice.pick(companies);
        Country country = COUNTRIES.get(Math.floorMod(name.hashCode(), COUNTRIES.size()));
        return Speaker.organisation(Speaker.Kind.COMPANY, name, "ORGANIZATION", country, false, List.of(name), List.of(), name);
    }

    // ---------------------------------------------------------------- construction

    private static Source agency(String name, String... aliases) {
        return new Source(name, "NEWS_AGENCY", List.of(aliases), null);
    }

    private static List<String> buildCompanies(Random shuffler) {
        List<String> names = new ArrayList<>();
        for (String stem : COMPANY_STEMS) {
            for (String trade : COMPANY_TRADES) {
                names.add(stem + trade);
            }
        }
        Collections.shuffle(names, shuffler);
        return List.copyOf(names.subList(0, 240));
    }

    private static List<Source> buildOutlets(Random shuffler) {
        List<String> names = new ArrayList<>();
        for (String place : OUTLET_PLACES) {
            for (String title : OUTLET_TITLES) {
                names.add(place + " " + title);
            }
        }
        Collections.shuffle(names, shuffler);
        List<Source> result = new ArrayList<>();
        for (String bare : names.subList(0, OUTLET_COUNT)) {
            String domain = "www." + bare.toLowerCase(Locale.ROOT).replace(" ", "") + ".example";
            result.add(new Source("The " + bare, "OUTLET", List.of(bare), domain));
        }
        return List.copyOf(result);
    }

    /** Every lower-cased word a surname must not equal, or the gold's aliases could collide. */
    private Set<String> reservedWords() {
        Set<String> reserved = new LinkedHashSet<>();
        for (Country c : COUNTRIES) {
            reserved.add(c.name().toLowerCase(Locale.ROOT));
            reserved.add(c.capital().toLowerCase(Locale.ROOT));
            reserved.add(c.stateAgency().toLowerCase(Locale.ROOT));
            reserved.add(c.demonym().toLowerCase(Locale.ROOT));
        }
        for (String company : companies) {
            reserved.add(company.toLowerCase(Locale.ROOT));
        }
        for (Source s : AGENCIES) {
            for (String alias : s.aliases()) {
                reserved.add(alias.toLowerCase(Locale.ROOT));
            }
        }
        for (String place : OUTLET_PLACES) {
            reserved.add(place.toLowerCase(Locale.ROOT));
        }
        for (String n : MALE_NAMES) {
            reserved.add(n.toLowerCase(Locale.ROOT));
        }
        for (String n : FEMALE_NAMES) {
            reserved.add(n.toLowerCase(Locale.ROOT));
        }
        return reserved;
    }

    private static List<String> buildSurnames(Random shuffler, Set<String> reserved) {
        Set<String> unique = new LinkedHashSet<>();
        for (String onset : ONSETS) {
            for (String middle : VOWEL_MIDDLES) {
                for (String ending : CONSONANT_ENDINGS) {
                    unique.add(onset + middle + ending);
                }
            }
            for (String middle : CONSONANT_MIDDLES) {
                for (String ending : VOWEL_ENDINGS) {
                    unique.add(onset + middle + ending);
                }
            }
        }
        unique.removeIf(s -> reserved.contains(s.toLowerCase(Locale.ROOT)));
        List<String> list = new ArrayList<>(unique);
        Collections.shuffle(list, shuffler);
        return List.copyOf(list);
    }

    /** "a" or "an" before a word ("an Ostelian senator"). */
    static String indefinite(String word) {
        return "AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
