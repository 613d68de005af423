package org.pathway.reporting.api.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BarChartTest {

    @Test
    void drawsTheLongestBarAcrossThePlotAndTheOthersInProportion() {
        BarChart chart = BarChart.of("Funnel", List.of(
                new Bar("Referred", 10.0, false, "10"),
                new Bar("Accepted", 5.0, false, "5")));

        assertThat(chart.bars()).extracting(BarChart.DrawnBar::length).containsExactly(300, 150);
        assertThat(chart.bars()).extracting(BarChart.DrawnBar::style).containsOnly("bar");
        assertThat(chart.barHeight()).isEqualTo(18);
    }

    @Test
    void marksAWithheldFigureInsteadOfDrawingItAsZero() {
        BarChart chart = BarChart.of("Funnel", List.of(new Bar("Placed", null, true, "")));

        assertThat(chart.bars()).singleElement().satisfies(bar -> {
            assertThat(bar.style()).isEqualTo("withheld");
            assertThat(bar.caption()).isEqualTo(BarChart.WITHHELD);
        });
    }

    @ParameterizedTest
    @CsvSource({"2564, £25.64", "1234567, '£12,345.67'", "0, £0.00"})
    void writesPenceAsPounds(long pence, String expected) {
        assertThat(Figures.pounds(pence)).isEqualTo(expected);
    }
}
