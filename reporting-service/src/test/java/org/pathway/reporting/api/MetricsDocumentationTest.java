package org.pathway.reporting.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathway.reporting.domain.report.ArmDifferenceRow;
import org.pathway.reporting.domain.report.AttendanceRow;
import org.pathway.reporting.domain.report.CostReportRow;
import org.pathway.reporting.domain.report.OutcomeRow;
import org.pathway.reporting.domain.report.RetentionRow;
import org.pathway.reporting.domain.report.SiteRow;
import org.pathway.reporting.domain.report.TimelinessRow;
import org.pathway.reporting.domain.uptake.FunnelRow;

/** Every field a report returns is defined in docs/metrics.md, in that report's section. */
class MetricsDocumentationTest {

    private static final Path METRICS = Path.of("..", "docs", "metrics.md");

    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of("/reports/uptake", FunnelRow.class),
                Arguments.of("/reports/timeliness", TimelinessRow.class),
                Arguments.of("/reports/attendance", AttendanceRow.class),
                Arguments.of("/reports/outcomes", OutcomeRow.class),
                Arguments.of("/reports/outcomes/difference", ArmDifferenceRow.class),
                Arguments.of("/reports/cost", CostReportRow.class),
                Arguments.of("/reports/sites", SiteRow.class),
                Arguments.of("/reports/retention", RetentionRow.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void everyFieldOfTheReportIsDefinedInItsSection(String report, Class<? extends Record> row) throws IOException {
        String section = section(Files.readString(METRICS), report);

        List<String> undefined = Arrays.stream(row.getRecordComponents())
                .map(component -> component.getName())
                .filter(field -> !defines(section, field))
                .toList();

        assertThat(undefined).as("fields of %s not defined in docs/metrics.md", report).isEmpty();
    }

    /** A field is defined when it starts a line of the section's table, alone or among others. */
    private static boolean defines(String section, String field) {
        return section.lines().anyMatch(line -> line.startsWith("| ")
                && line.substring(2, line.indexOf(" |", 2)).contains("`" + field + "`"));
    }

    /** From the heading {@code ## `report`} to the next heading of that level. */
    private static String section(String metrics, String report) {
        String heading = "## `" + report + "`\n";
        int start = metrics.indexOf(heading);
        assertThat(start).as("docs/metrics.md has a section for %s", report).isNotNegative();
        int end = metrics.indexOf("\n## ", start + heading.length());
        return metrics.substring(start, end < 0 ? metrics.length() : end);
    }
}
