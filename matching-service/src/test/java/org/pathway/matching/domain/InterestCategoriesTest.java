package org.pathway.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InterestCategoriesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            art,         arts
            drawing,     arts
            music,       arts
            drama,       arts
            photography, arts
            reading,     arts
            dance,       arts sport
            football,    sport
            swimming,    sport
            running,     sport
            gym,         sport
            walking,     nature sport
            nature,      nature
            gardening,   nature
            animals,     nature
            cooking,     skills
            coding,      skills
            gaming,      social
            chatting,    social befriending
            friends,     social befriending
            Football,    sport
            ' Art ',     arts
            paintings,   arts
            animal,      ''
            knitting,    ''
            """)
    void mapsInterestWordsToCategories(String interest, String categories) {
        String[] expected = categories.isBlank() ? new String[0] : categories.trim().split(" ");

        assertThat(InterestCategories.categoriesFor(interest)).containsExactlyInAnyOrder(expected);
    }

    @Test
    void mapsOnlyToApiCategories() {
        assertThat(InterestCategories.knownInterests())
                .allSatisfy(i -> assertThat(Categories.ALL).containsAll(InterestCategories.categoriesFor(i)));
        assertThat(InterestCategories.categoriesFor(null)).isEmpty();
    }
}
