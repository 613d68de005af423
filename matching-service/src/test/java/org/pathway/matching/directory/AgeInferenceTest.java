package org.pathway.matching.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathway.matching.directory.AgeInference.AgeStatement;

/** Phrases from real directory entries (North Lincolnshire, Bristol) and the issue, and the ages they state. */
class AgeInferenceTest {

    private static final int OPEN = AgeInference.NO_LIMIT;

    @ParameterizedTest(name = "\"{0}\" → {1}–{2}")
    @CsvSource(delimiter = '|', textBlock = """
            Adults Taekwondo (16 years and above)                                          | 16 | 120 | Adults
            50+ Gardening Group                                                            | 50 | 120 | 50+
            people over the age of 18 facing challenges with drugs                         | 18 | 120 | over the age of 18
            drug and alcohol support for anyone over 18 in the North Lincolnshire area     | 18 | 120 | over 18
            Open to anybody aged 60+ - join us for an hour of Yoga                         | 60 | 120 | 60+
            for people aged 16 and above                                                   | 16 | 120 | 16 and above
            Tai Chi: Classes For Over 50's                                                 | 50 | 120 | Over 50's
            Over 60s Club                                                                  | 60 | 120 | Over 60s
            a club for 8 to 12 year olds                                                   | 8  | 12  | 8 to 12 year olds
            young people aged 11-19                                                        | 11 | 19  | 11-19
            classes for independent children, aged 4-6 years                               | 4  | 6   | 4-6 years
            Art, crafts and sensory play for under 5's.                                    | 0  | 4   | under 5's
            for male teens in year 7 to year 11                                            | 11 | 19  | year 7 to year 11
            FBC Youth (Years 10-13)                                                        | 14 | 18  | Years 10-13
            very young children (approx 18–30 months) and their parent                     | 0  | 2   | 18–30 months
            This new drop in session is suitable for ages 5 to 9 years.                    | 5  | 9   | 5 to 9 years
            activities for young people aged up to 25 with complex disabilities            | 0  | 25  | aged up to 25
            a community of older people who share what is happening                        | 50 | 120 | older people
            Our meetings are for adults                                                    | 18 | 120 | adults
            disabled adults (16+)                                                          | 16 | 120 | adults
            children and young people aged between 5 and 11                                | 5  | 11  | 5 and 11
            anyone over seven years of age                                                 | 7  | 120 | over seven years of age
            individuals are aged 55 and over                                               | 55 | 120 | 55 and over
            sessions for teenage girls                                                     | 13 | 19  | teenage
            a group for young adults                                                       | 16 | 25  | young adults
            """)
    void readsTheAgesATextStates(String text, int min, int max, String phrase) {
        Optional<AgeStatement> ages = AgeInference.infer(text, "");

        assertThat(ages).hasValueSatisfying(a -> {
            assertThat(a.min()).isEqualTo(min);
            assertThat(a.max()).isEqualTo(max);
            assertThat(a.evidence()).contains(phrase);
        });
    }

    @ParameterizedTest(name = "\"{0}\" states no ages")
    @CsvSource(delimiter = '|', textBlock = """
            Karate Club every Thursday from 18:30 - 20:30
            Join us every Friday at 10.30am for 1, 2 or 3 mile led walks
            Henry has been close to the heart of cricket for more than 50 years
            over 50 years ago the club was founded
            a fleet of over 20 gliders and over 70 members
            under 16s must be accompanied by a parent or legal guardian at all times
            children must be accompanied by an adult
            under 10 minutes from the station
            sessions last 2-3 hours
            open 10-12 on Saturdays
            Four Towns Community Transport was founded in 1999
            The group meets 9 to 11 times a year
            Please bring a responsible adult
            with adult supervision
            Young carers get a break
            """)
    void findsNoAgesWhereTheNumbersCountSomethingElse(String text) {
        assertThat(AgeInference.infer(text, null)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" → {1}–{2}")
    @CsvSource(delimiter = '|', textBlock = """
            young siblings (aged 7-17 years old), adult siblings                 | 7  | 120
            all ages from 18 to 100; 12 to 17 year olds are welcome with an adult | 12 | 100
            Membership; Adult £7.00, senior £5.00                                  | 18 | 120
            children, young people and adults                                      | 18 | 120
            Toddler Time 0-3 years (with carer)                                    | 0  | 3
            """)
    void takesTheUnionOfEveryStatement(String text, int min, int max) {
        assertThat(AgeInference.infer("", text)).hasValueSatisfying(a -> {
            assertThat(a.min()).isEqualTo(min);
            assertThat(a.max()).isEqualTo(max);
        });
    }

    @ParameterizedTest(name = "name \"{0}\", description \"{1}\" → evidence {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Adults Taekwondo | 16 years and above                | "Adults", "16 years and above"
            Yoga 60+         | suitable for older people as well | "60+", "older people"
            """)
    void keepsEveryPhraseAsEvidenceNameFirst(String name, String description, String evidence) {
        assertThat(AgeInference.infer(name, description)).map(AgeStatement::evidence).contains(evidence);
    }
}
