package org.pathway.matching.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageCodesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            en,       en
            CY,       cy
            cym,      cy
            wel,      cy
            eng,      en
            Welsh,    cy
            Cymraeg,  cy
            English,  en
            polish,   pl
            Urdu,     ur
            Klingon,  ''
            '',       ''
            """)
    void findsTheIso6391Code(String given, String code) {
        assertThat(LanguageCodes.of(given).orElse("")).isEqualTo(code);
    }
}
