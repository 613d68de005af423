package org.pathway.matching.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            <p>Fun &amp; games</p>                          | Fun & games
            <p>One</p><p>Two</p>                            | One Two
            Line<br/>break<BR>again                         | Line break again
            <ul><li>Painting</li><li>Clay</li></ul>         | Painting Clay
            &lt;b&gt;not a tag&lt;/b&gt;                     | <b>not a tag</b>
            a < b and c > d                                 | a < b and c > d
            <script>alert(1)</script>Safe                   | Safe
            <style>p {color: red}</style>Plain              | Plain
            <!-- note -->Shown                              | Shown
            non&nbsp;breaking                               | non breaking
            # A tag ends at the > that closes it, not at one inside a quoted attribute value.
            <a title="x>y" href="/club">Youth club</a> on Fridays   | Youth club on Fridays
            <img alt="a > b"> Pictures                               | Pictures
            <p class='intro' data-note='1 > 0'>Welcome</p>           | Welcome
            # Every entity HTML names, and numeric references.
            Caf&eacute; &amp; Cr&egrave;che                  | Café & Crèche
            Gr&ouml;&szlig;e &frac12; &times; 2               | Größe ½ × 2
            Costs &pound;2 &ndash; pay on the day            | Costs £2 – pay on the day
            It&#39;s &#x201C;free&#x201D;                    | It's “free”
            Ysgol G&#373;yl                                  | Ysgol Gŵyl
            &unknown; stays                                 | &unknown; stays
            """)
    void turnsHtmlIntoOneLineOfPlainText(String html, String plain) {
        assertThat(HtmlText.toPlain(html)).isEqualTo(plain);
    }

    @Test
    void foldsWhiteSpaceIntoSingleSpaces() {
        assertThat(HtmlText.toPlain("  spaced\t\n  out  ")).isEqualTo("spaced out");
        assertThat(HtmlText.toPlain(null)).isEmpty();
    }
}
