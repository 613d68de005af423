-- Issue 17: an imported activity is keyed by its source (the feed it came from, or pushed pages when
-- feed_id is null) and its directory id, no longer by the directory id alone: two feeds of one site
-- that both list service "42" (ids are only unique within one directory) keep two activities, and
-- neither feed's sync overwrites or retires the other's. A deleted feed's activities keep its id
-- (no foreign key), so they stay distinct from pushed ones until a feed takes them over.
alter table activity drop constraint activity_external_id_key;
create unique index activity_source_external_id
    on activity (coalesce(feed_id, '00000000-0000-0000-0000-000000000000'::uuid), external_id)
    where external_id is not null;
