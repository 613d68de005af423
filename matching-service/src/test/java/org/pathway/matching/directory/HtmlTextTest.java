package org.pathway.matching.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "<p>Fun &amp; games</p>                          | Fun & games",
            "<p>One</p><p>Two</p>                            | One Two",
            "Line<br/>break<BR>again                         | Line break again",
            "<ul><li>Painting</li><li>Clay</li></ul>         | Painting Clay",
            "&lt;b&gt;not a tag&lt;/b&gt;                     | <b>not a tag</b>",
            "Costs &pound;2 &ndash; pay on the day            | Costs £2 – pay on the day",
            "It&#39;s &#x201C;free&#x201D;                    | It's “free”",
            "a < b and c > d                                 | a < b and c > d",
            "&unknown; stays                                 | &unknown; stays",
            "<script>alert(1)</script>Safe                   | Safe",
            "<!-- note -->Shown                              | Shown",
            "'  spaced\t\n  out  '                           | spaced out",
            "non&nbsp;breaking                               | non breaking",
    })
    void turnsHtmlIntoOneLineOfPlainText(String html, String plain) {
        assertThat(HtmlText.toPlain(html)).isEqualTo(plain);
    }
}
