package org.pathway.matching.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaxonomyCategoriesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Sport and physical activity     | sport
            Sports clubs                    | sport
            Physical activity               | sport
            Martial arts                    | sport
            Arts                            | arts
            Arts & crafts                   | arts
            Creative activities             | arts
            Music                           | arts
            Outdoor activities              | nature
            Nature and wildlife             | nature
            Green spaces                    | nature
            Gardening                       | nature
            Peer support                    | peer-support
            Mental health support groups    | peer-support
            Befriending                     | befriending
            Mentoring                       | befriending
            Training                        | skills
            Skills for work                 | skills
            Education                       | skills
            Employment support              | skills
            Social activities               | social
            Youth clubs                     | social
            Counselling                     | ''
            Greenwich advice centre         | ''
            Articles and leaflets           | ''
            """)
    void mapsATermToACategoryByKeyword(String term, String category) {
        assertThat(TaxonomyCategories.categoryFor(List.of(term)).orElse("")).isEqualTo(category);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Counselling; Youth club; Music  | social
            Music; Youth club               | arts
            ''                              | ''
            """)
    void takesTheFirstTermThatMatches(String terms, String category) {
        List<String> list = terms.isBlank() ? List.of() : List.of(terms.split("; "));

        assertThat(TaxonomyCategories.categoryFor(list).orElse("")).isEqualTo(category);
    }
}
