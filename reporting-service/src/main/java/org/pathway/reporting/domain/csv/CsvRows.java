package org.pathway.reporting.domain.csv;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.pathway.reporting.domain.suppression.Suppressible;

/**
 * Writes report rows as CSV ({@code Accept: text/csv}) with a header line, one column per record
 * component or map key in declaration order.
 *
 * <p>A {@link Suppressible} cell becomes two columns: {@code <column>}, empty when the value is
 * null, and {@code <column>Suppressed}, {@code true} or {@code false}, so that a withheld count can
 * be told from a zero denominator. Other null cells are empty. Rows must be flat: a nested record is
 * rejected rather than written as its {@code toString()}.
 *
 * <p>Text cells starting with {@code = + - @}, tab or carriage return get a leading apostrophe, so
 * that a spreadsheet opening the file does not run them as formulas; numbers are left alone.
 */
public final class CsvRows {

    public static final String SUPPRESSED_SUFFIX = "Suppressed";

    private static final CsvMapper MAPPER = new CsvMapper();

    private CsvRows() {
    }

    /** Rows of one record type; the header is written even when there are no rows. */
    public static <R extends Record> String ofRecords(Class<R> type, List<R> rows) {
        RecordComponent[] components = type.getRecordComponents();
        Set<String> suppressible = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        for (RecordComponent component : components) {
            names.add(component.getName());
            if (Suppressible.class.isAssignableFrom(component.getType())) {
                suppressible.add(component.getName());
            }
        }
        List<Map<String, Object>> cells = new ArrayList<>();
        for (R row : rows) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (RecordComponent component : components) {
                values.put(component.getName(), read(component, row));
            }
            cells.add(values);
        }
        return write(names, suppressible, cells);
    }

    /**
     * Rows as maps with the same keys; the first row's key order gives the column order, and with no
     * rows there is nothing to write.
     */
    public static String ofMaps(List<? extends Map<String, ?>> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        List<String> names = List.copyOf(rows.get(0).keySet());
        Set<String> suppressible = new LinkedHashSet<>();
        List<Map<String, Object>> cells = new ArrayList<>();
        for (Map<String, ?> row : rows) {
            if (!row.keySet().equals(Set.copyOf(names))) {
                throw new IllegalArgumentException("every row must have the same columns");
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (String name : names) {
                Object value = row.get(name);
                if (value instanceof Suppressible) {
                    suppressible.add(name);
                }
                values.put(name, value);
            }
            cells.add(values);
        }
        return write(names, suppressible, cells);
    }

    private static String write(List<String> names, Set<String> suppressible, List<Map<String, Object>> rows) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        for (String name : names) {
            schema.addColumn(name);
            if (suppressible.contains(name)) {
                schema.addColumn(name + SUPPRESSED_SUFFIX);
            }
        }
        List<Map<String, String>> lines = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, String> line = new LinkedHashMap<>();
            for (String name : names) {
                Object value = row.get(name);
                if (suppressible.contains(name)) {
                    Suppressible cell = (Suppressible) value;
                    line.put(name, cell == null ? null : text(cell.value()));
                    line.put(name + SUPPRESSED_SUFFIX, String.valueOf(cell != null && cell.suppressed()));
                } else {
                    line.put(name, text(value));
                }
            }
            lines.add(line);
        }
        try {
            return MAPPER.writer(schema.build()).writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report rows could not be written as CSV", e);
        }
    }

    private static Object read(RecordComponent component, Record row) {
        Method accessor = component.getAccessor();
        // Lets rows be declared as records nested in a resource or test class.
        accessor.trySetAccessible();
        try {
            return accessor.invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException("report row could not be read", e);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double || value instanceof Float) {
            if (!Double.isFinite(((Number) value).doubleValue())) {
                throw new IllegalArgumentException("report values must be finite numbers");
            }
            return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Record || value instanceof Map || value instanceof Iterable) {
            throw new IllegalArgumentException("report rows must be flat: one value per column");
        }
        return defuseFormula(value.toString());
    }

    private static String defuseFormula(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
