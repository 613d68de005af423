package org.pathway.matching.directory;

/** What became of one directory entry. */
sealed interface MappingOutcome {

    record Mapped(ImportedActivity activity) implements MappingOutcome {
    }

    record Rejected(String reason) implements MappingOutcome {
    }

    /** Well-formed but not for young people (e.g. adults only). */
    record Skipped(String reason) implements MappingOutcome {
    }
}
