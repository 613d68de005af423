-- The central research store: pseudonymised facts from every site, each with its site_id.
-- Facts are written order-independently (first/earliest wins, unique keys on the producers' own
-- ids), so replaying every topic from the start rebuilds the same store.

-- One row per participant, created by whichever of their events arrives first.
create table participant (
    site_id            text not null,
    participant_id     text not null,
    referred_at        date,
    age_at_referral    integer,
    gender             text,
    ethnic_category    text,
    deprivation_decile integer,
    -- distinct presenting needs joined with '|'; never null once a referral arrived
    presenting_needs   text,
    accepted_at        timestamptz,
    declined_at        timestamptz,
    contacted_at       timestamptz,
    placed_at          timestamptz,
    first_attended_on  date,
    connected_at       timestamptz,
    engaged_at         timestamptz,
    sustained_at       timestamptz,
    withdrawn_at       timestamptz,
    closed_at          timestamptz,
    primary key (site_id, participant_id)
);
-- Every report selects its cohort by site and referral date.
create index participant_site_referred on participant (site_id, referred_at);

-- Consent withdrawn. Kept after the participant's facts are erased (scope 'all'), so that later or
-- replayed events for them are ignored, and as the record that the withdrawal happened.
create table withdrawal (
    site_id        text        not null,
    participant_id text        not null,
    scope          text        not null check (scope in ('all', 'future')),
    withdrawn_at   timestamptz not null,
    primary key (site_id, participant_id)
);

create table placement (
    site_id                text not null,
    placement_id           uuid not null,
    participant_id         text not null,
    activity_category      text,
    provider_id            text,
    cost_per_session_pence integer,
    proposed_at            timestamptz,
    confirmed_at           timestamptz,
    ended_at               timestamptz,
    primary key (site_id, placement_id)
);
create index placement_participant on placement (site_id, participant_id);

create table attendance (
    site_id                text    not null,
    participant_id         text    not null,
    provider_id            text    not null,
    provider_event_id      text    not null,
    placement_id           uuid,
    session_date           date    not null,
    status                 text    not null check (status in ('attended', 'missed', 'cancelled')),
    cost_per_session_pence integer not null,
    -- a provider's event id is unique per provider: a replay is the same fact
    primary key (site_id, provider_id, provider_event_id)
);
create index attendance_participant on attendance (site_id, participant_id, session_date);

create table link_worker_session (
    site_id        text    not null,
    session_id     uuid    not null,
    participant_id text    not null,
    session_date   date    not null,
    minutes        integer not null,
    mode           text,
    primary key (site_id, session_id)
);
create index link_worker_session_participant on link_worker_session (site_id, participant_id);

-- One row per computed score of an outcome measure (e.g. SWEMWBS metricScore).
create table outcome_score (
    site_id        text             not null,
    outcome_id     uuid             not null,
    participant_id text             not null,
    instrument     text             not null,
    timepoint      text             not null,
    completed_at   date             not null,
    score_name     text             not null,
    score          double precision not null,
    primary key (site_id, outcome_id, score_name)
);
create index outcome_score_participant on outcome_score (site_id, participant_id);

-- Data freshness per site: the latest event time seen, and when the store last took an event.
create table site_freshness (
    site_id          text        primary key,
    last_event_at    timestamptz not null,
    last_received_at timestamptz not null
);
