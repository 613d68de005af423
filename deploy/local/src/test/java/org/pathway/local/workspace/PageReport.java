package org.pathway.local.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Per page of the scenario: its axe-core violations and its response times; printed and written as Markdown. */
final class PageReport {

    private final List<Row> rows = new ArrayList<>();

    void add(String page, String path, List<Browser.Violation> violations, PageTimings.Timing timing) {
        rows.add(new Row(page, path, violations, timing));
    }

    /** Every serious or critical violation, named by page. */
    List<String> seriousOrCritical() {
        return rows.stream().flatMap(row -> row.violations.stream().filter(Browser.Violation::seriousOrCritical)
                .map(v -> row.page + ": " + v)).toList();
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| page | path | status | p50 ms | p95 ms | max ms | axe: serious/critical | axe: all violations |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            long serious = row.violations.stream().filter(Browser.Violation::seriousOrCritical).count();
            String all = row.violations.isEmpty() ? "none"
                    : row.violations.stream().map(v -> v.id() + " (" + v.impact() + ")").collect(Collectors.joining(", "));
            out.append(String.format("| %s | `%s` | %d | %.1f | %.1f | %.1f | %d | %s |%n", row.page, row.path,
                    row.timing.status(), row.timing.p50(), row.timing.p95(), row.timing.max(), serious, all));
        }
        return out.toString();
    }

    void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, markdown());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Row(String page, String path, List<Browser.Violation> violations, PageTimings.Timing timing) {
    }
}
