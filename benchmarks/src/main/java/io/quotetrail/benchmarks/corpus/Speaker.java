package io.quotetrail.benchmarks.corpus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Someone who says things: an invented person, or a ministry or company speaking as an
 * institution. Knows every way the articles name it, so that the gold's aliases are exactly
 * the names the text uses.
 */
final class Speaker {

    enum Kind { PERSON, MINISTRY, COMPANY }

    private final Kind kind;
    private final String name;
    private final String entityKind;
    private final String surname;
    private final boolean female;
    private final World.Country country;
    private final boolean government;
    private final boolean business;
    private final String titled;
    private final String fullTitled;
    private final String appositive;
    private final String headlineRole;
    private final List<String> mentions;
    private final List<String> aliases;

    private Speaker(Kind kind, String name, String entityKind, String surname, boolean female, World.Country country,
                    boolean government, boolean business, String titled, String fullTitled, String appositive,
                    String headlineRole, List<String> mentions, List<String> aliases) {
        this.kind = kind;
        this.name = name;
        this.entityKind = entityKind;
        this.surname = surname;
        this.female = female;
        this.country = country;
        this.government = government;
        this.business = business;
        this.titled = titled;
        this.fullTitled = fullTitled;
        this.appositive = appositive;
        this.headlineRole = headlineRole;
        this.mentions = mentions;
        this.aliases = aliases;
    }

    static Speaker person(String name, String surname, boolean female, World.Country country, boolean government,
                          boolean business, String titled, String fullTitled, String appositive, String headlineRole) {
        List<String> aliases = new ArrayList<>();
        aliases.add(surname);
        aliases.add((female ? "Ms " : "Mr ") + surname);
        aliases.add(titled);
        if (!fullTitled.equals(titled)) {
            aliases.add(fullTitled);
        }
        return new Speaker(Kind.PERSON, name, "PERSON", surname, female, country, government, business, titled,
                fullTitled, appositive, headlineRole, List.of(name), List.copyOf(aliases));
    }

    static Speaker organisation(Kind kind, String name, String entityKind, World.Country country, boolean government,
                                List<String> mentions, List<String> aliases, String headlineRole) {
        return new Speaker(kind, name, entityKind, null, false, country, government, kind == Kind.COMPANY, name, name,
                null, headlineRole, List.copyOf(mentions), List.copyOf(aliases));
    }

    Kind kind() {
        return kind;
    }

    boolean isPerson() {
        return kind == Kind.PERSON;
    }

    /** Canonical name, as the gold writes it. */
    String name() {
        return name;
    }

    World.Country country() {
        return country;
    }

    /** Whether its country's state news agency may carry its words. */
    boolean government() {
        return government;
    }

    /** A company or one of its executives: writes to shareholders, speaks to business audiences. */
    boolean business() {
        return business;
    }

    /** "Velmorian Finance Minister Aldo Ferrante" (persons). */
    String fullTitled() {
        return fullTitled;
    }

    /** "Finance Minister Aldo Ferrante" (persons). */
    String titled() {
        return titled;
    }

    /** "Velmoria's finance minister", for "Aldo Ferrante, Velmoria's finance minister, said". */
    String appositive() {
        return appositive;
    }

    /** "Velmorian finance minister", the speaker as a headline names it. */
    String headlineRole() {
        return headlineRole;
    }

    String surname() {
        return surname;
    }

    boolean female() {
        return female;
    }

    String honorific() {
        return (female ? "Ms " : "Mr ") + surname;
    }

    String pronoun() {
        return female ? "she" : "he";
    }

    String possessivePronoun() {
        return female ? "her" : "his";
    }

    /** The ways an institution is named in running text; each is one of its aliases. */
    List<String> institutionMentions() {
        return mentions;
    }

    GoldEntity entity() {
        return new GoldEntity(name, entityKind, aliases);
    }

    /** A lower-case ASCII token for cluster ids ("ferrante", "velmorian-interior-ministry"). */
    String slug() {
        String base = isPerson() ? surname : name;
        String ascii = Normalizer.normalize(base, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Speaker s && s.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
