package org.storycompare.engine.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** British and American spellings share a key; different words keep different keys. */
class SpellingsTest {

    @ParameterizedTest
    @CsvSource({"colour,color", "favourite,favorite", "honours,honors", "behaviour,behavior", "labourers,laborers",
        "organise,organize", "organisation,organization", "realised,realized", "analyse,analyze",
        "paralysing,paralyzing", "defence,defense", "licence,license", "centre,center", "metres,meters",
        "fibre,fiber", "travelled,traveled", "cancelling,canceling", "counsellor,counselor", "fuelled,fueled",
        "catalogue,catalog", "grey,gray", "programme,program", "practise,practice", "ageing,aging"})
    void variantsShareAKey(String british, String american) {
        assertThat(Spellings.key(british)).isEqualTo(Spellings.key(american));
    }

    @ParameterizedTest
    @CsvSource({"filled,filed", "four,for", "hour,hor", "your,yor", "tour,tor", "flour,flor", "wise,wize",
        "raise,raze", "called,caled", "fence,fense", "our,or"})
    void differentWordsStayApart(String a, String b) {
        assertThat(Spellings.key(a)).isNotEqualTo(Spellings.key(b));
    }

    @ParameterizedTest
    @CsvSource({"four", "hour", "your", "tour", "detour", "flour", "filled", "called", "rise", "since", "acre",
        "rogue"})
    void commonWordsAreLeftAlone(String word) {
        assertThat(Spellings.key(word)).isEqualTo(word);
    }
}
