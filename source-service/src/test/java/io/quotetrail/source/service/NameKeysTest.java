package io.quotetrail.source.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeysTest {

    private final NameKeys nameKeys = new NameKeys(MentionVocabulary.load(MentionVocabulary.DEFAULT_RESOURCE));

    @Test
    void keysIgnoreCaseArticlesPunctuationAndWhitespace() {
        assertThat(NameKeys.key("The Guardian")).isEqualTo("guardian");
        assertThat(NameKeys.key("  the   GUARDIAN ")).isEqualTo("guardian");
        assertThat(NameKeys.key("RBC-Ukraine")).isEqualTo(NameKeys.key("RBC Ukraine")).isEqualTo("rbc ukraine");
        assertThat(NameKeys.key("A.P.")).isEqualTo(NameKeys.key("AP")).isEqualTo("ap");
        assertThat(NameKeys.key("“KCNA”")).isEqualTo("kcna");
        assertThat(NameKeys.key("an Agence France–Presse")).isEqualTo("agence france presse");
    }

    @Test
    void apostrophesOfAnyShapeAndPossessivesAreTheSame() {
        assertThat(NameKeys.key("Reuters’s")).isEqualTo(NameKeys.key("Reuters's")).isEqualTo("reuters");
        assertThat(NameKeys.key("Reuters'")).isEqualTo("reuters");
        assertThat(NameKeys.key("North Korea’s KCNA")).isEqualTo("north korea kcna");
        assertThat(NameKeys.key("O’Brien")).isEqualTo(NameKeys.key("O'Brien")).isEqualTo("obrien");
    }

    @Test
    void compatibilityFormsAreFoldedAndOtherScriptsKept() {
        assertThat(NameKeys.key("ＫＣＮＡ")).isEqualTo("kcna");
        assertThat(NameKeys.key("ТАСС")).isEqualTo("тасс");
        assertThat(NameKeys.key("Süddeutsche Zeitung")).isEqualTo("süddeutsche zeitung");
    }

    @Test
    void anInstitutionNamedInAnotherOrderHasOneOrderFreeKey() {
        String key = nameKeys.orderFreeKey(NameKeys.key("Haldorian Culture Ministry"));
        assertThat(key).startsWith(NameKeys.ORDER_FREE_PREFIX)
                .isEqualTo(nameKeys.orderFreeKey(NameKeys.key("Culture Ministry of Haldoria")))
                .isEqualTo(nameKeys.orderFreeKey(NameKeys.key("Haldoria's culture ministry")))
                .isEqualTo(nameKeys.orderFreeKey(NameKeys.key("the Ministry of Culture of Haldoria")));
        assertThat(nameKeys.orderFreeKey(NameKeys.key("Culture Ministry of Velmoria"))).isNotEqualTo(key);
        assertThat(nameKeys.orderFreeKey(NameKeys.key("Haldorian Energy Ministry"))).isNotEqualTo(key);
    }

    @Test
    void peopleAndOneWordNamesHaveNoOrderFreeKey() {
        assertThat(nameKeys.orderFreeKey(NameKeys.key("Rosa Varetenko"))).isNull();
        assertThat(nameKeys.orderFreeKey(NameKeys.key("Ministry"))).isNull();
    }

    @Test
    void anArticleAloneIsKept() {
        assertThat(NameKeys.key("The")).isEqualTo("the");
        assertThat(NameKeys.key("...")).isEmpty();
    }

    @Test
    void descriptorsAreStrippedFromEitherEnd() {
        assertThat(nameKeys.withoutDescriptors(NameKeys.key("state news agency KCNA"))).contains("kcna");
        assertThat(nameKeys.withoutDescriptors(NameKeys.key("official KCNA news agency"))).contains("kcna");
        assertThat(nameKeys.withoutDescriptors(NameKeys.key("news agency AFP"))).first().isEqualTo("afp");
        assertThat(nameKeys.withoutDescriptors(NameKeys.key("Russian news agency Interfax"))).contains("interfax");
        assertThat(nameKeys.withoutDescriptors(NameKeys.key("the newspaper The Guardian"))).contains("guardian");
        assertThat(nameKeys.withoutDescriptors(NameKeys.key("Vladimir Putin"))).isEmpty();
    }

    @Test
    void mentionsMadeOnlyOfDescriptorsAreGeneric() {
        assertThat(nameKeys.isGeneric(NameKeys.key("state media"))).isTrue();
        assertThat(nameKeys.isGeneric(NameKeys.key("Russian state media"))).isTrue();
        assertThat(nameKeys.isGeneric(NameKeys.key("the news agency"))).isTrue();
        assertThat(nameKeys.isGeneric(NameKeys.key("North Korean state media"))).isTrue();
        assertThat(nameKeys.isGeneric(NameKeys.key("KCNA"))).isFalse();
        assertThat(nameKeys.isGeneric(NameKeys.key("state news agency KCNA"))).isFalse();
    }

    @Test
    void displayNamesDropQuotesPossessivesAndALowerCaseArticle() {
        assertThat(NameKeys.displayName("the Kremlin")).isEqualTo("Kremlin");
        assertThat(NameKeys.displayName("The Moscow Times")).isEqualTo("The Moscow Times");
        assertThat(NameKeys.displayName("“Reuters’s”")).isEqualTo("Reuters");
        assertThat(NameKeys.displayName("  Free   Malaysia Today  ")).isEqualTo("Free Malaysia Today");
        assertThat(NameKeys.displayName("Reuters'")).isEqualTo("Reuters");
    }
}
