package org.pathway.reporting.domain.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathway.reporting.domain.suppression.SuppressedCount;
import org.pathway.reporting.domain.suppression.SuppressedRate;
import org.pathway.reporting.domain.suppression.Suppression;
import org.pathway.reporting.domain.uptake.Funnel;
import org.pathway.reporting.domain.uptake.FunnelCounts;
import org.pathway.reporting.domain.uptake.FunnelRow;

class CsvRowsTest {

    record TimelinessRow(String group, SuppressedCount n, Double median, SuppressedRate contactedRate) {
    }

    record Nested(String group, TimelinessRow inner) {
    }

    @Test
    void writesAHeaderAndOneLinePerRowWithSuppressedCellsEmptyAndFlagged() {
        List<TimelinessRow> rows = List.of(
                new TimelinessRow("north-london", SuppressedCount.shown(12), 7.5, new SuppressedRate(0.5, false)),
                new TimelinessRow("cardiff-vale", SuppressedCount.withheld(), null, SuppressedRate.withheld()),
                new TimelinessRow("swansea-bay", SuppressedCount.shown(0), null, new SuppressedRate(null, false)));

        assertThat(CsvRows.ofRecords(TimelinessRow.class, rows)).isEqualTo("""
                group,n,nSuppressed,median,contactedRate,contactedRateSuppressed
                north-london,12,false,7.5,0.5,false
                cardiff-vale,,true,,,true
                swansea-bay,0,false,,,false
                """);
    }

    @Test
    void writesOnlyTheHeaderForAnEmptyReport() {
        assertThat(CsvRows.ofRecords(TimelinessRow.class, List.of())).isEqualTo("""
                group,n,nSuppressed,median,contactedRate,contactedRateSuppressed
                """);
    }

    @Test
    void writesMapsInTheirKeyOrder() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("site", "north-london");
        first.put("referred", Suppression.count(3));
        first.put("meanChange", 2.0);
        first.put("lastEventAt", "2026-11-23T10:15:00Z");
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("site", "cardiff-vale");
        second.put("referred", Suppression.count(40));
        second.put("meanChange", -1.25);
        second.put("lastEventAt", null);

        assertThat(CsvRows.ofMaps(List.of(first, second))).isEqualTo("""
                site,referred,referredSuppressed,meanChange,lastEventAt
                north-london,,true,2,2026-11-23T10:15:00Z
                cardiff-vale,40,false,-1.25,
                """);
    }

    @Test
    void writesAPublishedFunnelRow() {
        FunnelCounts site = new FunnelCounts("north-london", 40, 34, 6, 30, 25, 20, 12, 7, 3);
        FunnelRow total = Funnel.table(List.of(site), site).total();

        assertThat(CsvRows.ofRecords(FunnelRow.class, List.of(total))).isEqualTo("""
                group,referred,referredSuppressed,accepted,acceptedSuppressed,declined,declinedSuppressed,\
                contacted,contactedSuppressed,placed,placedSuppressed,connected,connectedSuppressed,engaged,\
                engagedSuppressed,sustained,sustainedSuppressed,withdrawn,withdrawnSuppressed,acceptanceRate,\
                acceptanceRateSuppressed,placementRate,placementRateSuppressed,connectionRate,connectionRateSuppressed,\
                engagementRate,engagementRateSuppressed
                north-london,40,false,34,false,6,false,30,false,25,false,20,false,12,false,7,false,,true,0.85,false,\
                0.735,false,0.8,false,0.6,false
                """);
    }

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
                Arguments.of("+44", "\"'+44\""),
                Arguments.of("@sum", "\"'@sum\""),
                Arguments.of("-2", "\"'-2\""),
                Arguments.of("Asian, British", "\"Asian, British\""),
                Arguments.of("north-london", "north-london"));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void quotesSeparatorsAndDefusesSpreadsheetFormulasInText(String text, String written) {
        Map<String, Object> row = Map.of("group", text);

        assertThat(CsvRows.ofMaps(List.of(row))).isEqualTo("group\n" + written + "\n");
    }

    @Test
    void rejectsNestedValues() {
        Nested row = new Nested("x", new TimelinessRow("y", SuppressedCount.shown(5), null, SuppressedRate.withheld()));

        assertThatIllegalArgumentException().isThrownBy(() -> CsvRows.ofRecords(Nested.class, List.of(row)));
    }

    @Test
    void rejectsMapsWithDifferentColumns() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CsvRows.ofMaps(List.of(Map.of("a", 1), Map.of("b", 2))));
    }
}
