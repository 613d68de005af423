package org.pathway.matching.feeds;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An Open Referral UK feed a site subscribes to. Its sync claim ({@code sync_claimed_by/until}) is
 * written only by the conditional updates in {@link FeedStore}, never through this entity.
 */
@Entity
@Table(name = "directory_feed")
public class DirectoryFeed extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(nullable = false)
    public String url;
    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    public FeedFormat format;
    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    public FeedSchedule schedule;
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "last_sync_started_at", insertable = false, updatable = false)
    public Instant lastSyncStartedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "page_validators", nullable = false)
    public Map<String, PageValidators> pageValidators = new HashMap<>();
    @Version
    public long version;

    static DirectoryFeed create(String url, FeedFormat format, FeedSchedule schedule, Instant now) {
        DirectoryFeed feed = new DirectoryFeed();
        feed.id = UUID.randomUUID();
        feed.url = url;
        feed.format = format;
        feed.schedule = schedule;
        feed.createdAt = now;
        return feed;
    }
}
