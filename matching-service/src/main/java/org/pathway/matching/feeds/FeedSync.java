package org.pathway.matching.feeds;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.pathway.matching.directory.ImportError;

/** One sync of a feed, as it ended: the sync report kept in the feed's history. */
@Entity
@Table(name = "feed_sync")
public class FeedSync extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "feed_id", nullable = false)
    public UUID feedId;
    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    public SyncTrigger trigger;
    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    public SyncStatus status;
    public String reason;
    @Column(name = "started_at", nullable = false)
    public Instant startedAt;
    @Column(name = "finished_at", nullable = false)
    public Instant finishedAt;
    public int pages;
    public int fetched;
    public int created;
    public int updated;
    public int unchanged;
    public int retired;
    @Column(name = "needs_review")
    public int needsReview;
    public int skipped;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ImportError> skips;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ImportError> errors;
}
