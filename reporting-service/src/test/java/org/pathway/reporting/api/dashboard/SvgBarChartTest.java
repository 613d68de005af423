package org.pathway.reporting.api.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SvgBarChartTest {

    @Test
    void drawsTheLongestBarAcrossThePlotAndTheOthersInProportion() {
        String svg = SvgBarChart.render("Funnel", List.of(
                new Bar("Referred", 10.0, false, "10"),
                new Bar("Accepted", 5.0, false, "5")));

        assertThat(svg).contains("width=\"300\" height=\"18\"").contains("width=\"150\" height=\"18\"");
    }

    @Test
    void marksAWithheldFigureInsteadOfDrawingItAsZero() {
        String svg = SvgBarChart.render("Funnel", List.of(new Bar("Placed", null, true, "")));

        assertThat(svg).contains("class=\"withheld\"").contains(SvgBarChart.WITHHELD);
    }

    @Test
    void escapesLabelsSoTheyCannotInjectMarkup() {
        String svg = SvgBarChart.render("<b>", List.of(new Bar("<script>alert(1)</script>", 1.0, false, "1")));

        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;").contains("<title>&lt;b&gt;</title>");
    }

    @ParameterizedTest
    @CsvSource({"2564, £25.64", "1234567, '£12,345.67'", "0, £0.00"})
    void writesPenceAsPounds(long pence, String expected) {
        assertThat(SvgBarChart.pounds(pence)).isEqualTo(expected);
    }
}
