-- Issue 17: a service a sync leaves out (only for people over 25, or no community activity at
-- all: home care, a GP surgery, advice, a food bank) is reported with its place in the feed, its
-- directory id and why, as errors are; the count alone said nothing a site admin could check.
alter table feed_sync add column skips jsonb not null default '[]';
