-- Directory feeds (issue 17): the Open Referral UK feeds a site subscribes to, the history of their
-- syncs, and which feed each imported activity came from.

create table directory_feed (
    id                   uuid          primary key,
    url                  varchar(2000) not null,
    -- AUTO | ORUK_V1 | HSDS_3 (the API writes them auto, oruk-v1, hsds-3)
    format               varchar(16)   not null,
    -- DAILY | HOURLY | MANUAL
    schedule             varchar(16)   not null,
    created_at           timestamptz   not null,
    -- One sync at a time per feed, whichever replica runs it: a sync claims the feed with one
    -- conditional UPDATE (PostgreSQL's row lock decides between concurrent claims) and holds the
    -- claim as a lease, renewed with every page, so a replica that died mid-sync frees it by expiry.
    sync_claimed_by      varchar(64),
    sync_claimed_until   timestamptz,
    last_sync_started_at timestamptz,
    -- Per page URL, the validators (ETag, Last-Modified) of the last completed sync and the service
    -- ids that page held, so that a 304 answer still counts its services as present.
    page_validators      jsonb         not null default '{}',
    version              bigint        not null default 0
);

create table feed_sync (
    id           uuid        primary key,
    feed_id      uuid        not null references directory_feed (id) on delete cascade,
    -- MANUAL | SCHEDULED
    trigger      varchar(16) not null,
    -- COMPLETED | INCOMPLETE (page cap reached: nothing retired) | FAILED (see reason; nothing changed)
    status       varchar(16) not null,
    reason       text,
    started_at   timestamptz not null,
    finished_at  timestamptz not null,
    pages        integer     not null,
    fetched      integer     not null,
    created      integer     not null,
    updated      integer     not null,
    unchanged    integer     not null,
    retired      integer     not null,
    needs_review integer     not null,
    skipped      integer     not null,
    errors       jsonb       not null default '[]'
);
create index feed_sync_history on feed_sync (feed_id, started_at desc);

-- The feed an imported activity last came from; a service gone from that feed is retired (made
-- inactive), never deleted. No foreign key: deleting a feed leaves its activities as they are.
alter table activity add column feed_id uuid;
create index activity_feed on activity (feed_id) where feed_id is not null;
