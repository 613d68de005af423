-- matching-service, one copy per site schema (the chassis runs it for every hosted site).

-- The activity catalogue. places_taken is only ever changed by a single conditional UPDATE
-- (placement confirmed / ended), never by writing the entity, so a concurrent edit of the
-- activity cannot lose a booking; the check constraint is the last line against overbooking.
create table activity (
    id                     uuid         primary key,
    external_id            varchar(200) unique,
    provider_id            varchar(64)  not null,
    provider_name          varchar(200) not null,
    name                   varchar(200) not null,
    category               varchar(20)  not null,
    description            text,
    min_age                integer      not null,
    max_age                integer      not null,
    postcode               varchar(8),
    latitude               double precision,
    longitude              double precision,
    schedule               jsonb        not null default '[]',
    capacity               integer      not null,
    places_taken           integer      not null default 0,
    cost_per_session_pence integer      not null,
    accessibility          jsonb        not null default '[]',
    languages              jsonb        not null default '["en"]',
    active                 boolean      not null,
    created_at             timestamptz  not null,
    updated_at             timestamptz  not null,
    version                bigint       not null default 0,
    constraint activity_ages check (min_age <= max_age),
    constraint activity_places check (places_taken >= 0 and places_taken <= capacity)
);
create index activity_category_name on activity (category, name);
create index activity_bookable on activity (active, min_age, max_age);

-- What matching knows about a young person, from referral.accepted: pseudonym and coarse
-- attributes only (postcode district, never the postcode).
create table participant_profile (
    participant_id      varchar(32)  primary key,
    age                 integer      not null,
    interests           jsonb        not null default '[]',
    postcode_district   varchar(4),
    accessibility_needs jsonb        not null default '[]',
    language_preference varchar(8),
    -- ACTIVE; WITHDRAWN (consent withdrawn for future collection); CLOSED (left the pathway)
    status              varchar(16)  not null,
    accepted_at         timestamptz,
    updated_at          timestamptz  not null
);

-- Consent withdrawn with scope "all": the profile is erased, only the fact of the withdrawal
-- stays, so that no later event or request can bring the participant back.
create table participant_tombstone (
    participant_id varchar(32) primary key,
    withdrawn_at   timestamptz not null
);

-- A place taken on an activity. Provider, category and cost are copied at confirmation so the
-- events about this placement always describe what was booked.
create table placement (
    id                     uuid        primary key,
    participant_id         varchar(32) not null,
    activity_id            uuid        not null references activity (id),
    provider_id            varchar(64) not null,
    activity_category      varchar(20) not null,
    cost_per_session_pence integer     not null,
    status                 varchar(16) not null,
    confirmed_at           timestamptz not null,
    ended_at               timestamptz,
    end_reason             varchar(64),
    version                bigint      not null default 0
);
create index placement_participant on placement (participant_id);
create unique index placement_one_confirmed_per_activity
    on placement (participant_id, activity_id) where status = 'CONFIRMED';
