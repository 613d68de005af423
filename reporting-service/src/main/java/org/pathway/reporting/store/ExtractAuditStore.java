package org.pathway.reporting.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.pathway.reporting.domain.extract.ExtractDownload;

/** The extract_download table: every extract downloaded, oldest first. */
@ApplicationScoped
public class ExtractAuditStore {

    private final DataSource dataSource;

    public ExtractAuditStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void record(ExtractDownload download) {
        try (Connection connection = dataSource.getConnection()) {
            Statements.update(connection, """
                    insert into extract_download (downloaded_at, downloaded_by, extract, sites, from_date, to_date,
                                                  format, row_count)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    """, download.downloadedAt(), download.downloadedBy(), download.extract(), download.sites(),
                    Statements.nullable(download.from(), Types.DATE),
                    Statements.nullable(download.to(), Types.DATE), download.format(), download.rows());
        } catch (SQLException e) {
            throw new IllegalStateException("the extract download could not be audited", e);
        }
    }

    public List<ExtractDownload> downloads() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     select downloaded_at, downloaded_by, extract, sites, from_date, to_date, format, row_count
                     from extract_download order by id
                     """);
             ResultSet rows = statement.executeQuery()) {
            List<ExtractDownload> downloads = new ArrayList<>();
            while (rows.next()) {
                downloads.add(new ExtractDownload(rows.getObject(1, OffsetDateTime.class).toInstant(), rows.getString(2),
                        rows.getString(3), rows.getString(4), rows.getObject(5, LocalDate.class),
                        rows.getObject(6, LocalDate.class), rows.getString(7), rows.getInt(8)));
            }
            return downloads;
        } catch (SQLException e) {
            throw new IllegalStateException("the extract audit could not be read", e);
        }
    }
}
