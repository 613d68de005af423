package org.pathway.reporting.domain.extract;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of {@code GET /extracts/audit}: an extract downloaded.
 *
 * @param downloadedBy the caller's user name (the token's principal)
 * @param extract {@code participants}, {@code measures}, {@code sessions} or {@code dictionary}
 * @param sites the sites the extract covered, separated by {@code |}
 * @param from first referral date covered; null: open
 * @param to last referral date covered; null: open
 * @param format {@code csv} or {@code jsonl}
 * @param rows rows in the download
 */
public record ExtractDownload(Instant downloadedAt, String downloadedBy, String extract, String sites, LocalDate from,
                              LocalDate to, String format, int rows) {
}
