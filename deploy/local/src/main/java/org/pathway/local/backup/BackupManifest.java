package org.pathway.local.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * {@code manifest.json} of a backup: when it was taken, and for each database ({@code referral}, ...,
 * {@code keycloak}) its tables (columns, file, rows) and sequences.
 */
public record BackupManifest(Instant takenAt, Map<String, Database> databases) {

    static final String FILE = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    public record Database(List<Table> tables, List<Sequence> sequences) {

        public long rows() {
            return tables.stream().mapToLong(table -> table.rows() == null ? 0 : table.rows()).sum();
        }
    }

    /** A table and the columns the dump holds; {@code rows} once dumped. */
    public record Table(String schema, String name, List<String> columns, Long rows) {

        Table withRows(long count) {
            return new Table(schema, name, columns, count);
        }

        Table withoutRows() {
            return new Table(schema, name, columns, null);
        }

        @JsonIgnore
        String qualified() {
            return quote(schema) + "." + quote(name);
        }

        @JsonIgnore
        String columnList() {
            return columns.stream().map(BackupManifest::quote).collect(Collectors.joining(", "));
        }

        /** The file of its rows, in the database's directory. */
        @JsonIgnore
        String file() {
            return schema + "." + name + ".tsv";
        }
    }

    /** A sequence's last value ({@code null}: never used). */
    public record Sequence(String schema, String name, Long lastValue) {

        @JsonIgnore
        String qualified() {
            return quote(schema) + "." + quote(name);
        }
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    void write(Path dir) throws IOException {
        JSON.writeValue(dir.resolve(FILE).toFile(), this);
    }

    public static BackupManifest read(Path dir) throws IOException {
        return JSON.readValue(dir.resolve(FILE).toFile(), BackupManifest.class);
    }
}
