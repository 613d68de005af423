-- The participant-level extract for the research team (issue 20): the postcode district the referral
-- carried (never the full postcode), whether the young person consented to research use of their data
-- (null until an acceptance says; no extract holds a participant who did not), and the audit of every
-- extract downloaded.
alter table participant
    add column postcode_district text,
    add column research_consent  boolean;

-- One row per download of an extract: who, when, which extract, with which filters, how many rows.
create table extract_download (
    id            bigint generated always as identity primary key,
    downloaded_at timestamptz not null,
    downloaded_by text        not null,
    extract       text        not null,
    sites         text        not null,
    from_date     date,
    to_date       date,
    format        text        not null,
    row_count     integer     not null
);
create index extract_download_at on extract_download (downloaded_at);
