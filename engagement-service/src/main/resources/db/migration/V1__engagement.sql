-- engagement-service, one copy per site schema (the chassis runs it for every hosted site).

-- A provider's webhook secrets, AES-GCM encrypted with the service key (never stored in clear).
create table provider_credential (
    provider_id          varchar(64) primary key,
    current_secret       text        not null,
    previous_secret      text,
    previous_expires_at  timestamptz,
    created_at           timestamptz not null,
    rotated_at           timestamptz not null,
    constraint previous_secret_has_expiry check ((previous_secret is null) = (previous_expires_at is null))
);

-- Placements as matching-service announced them; attendance is only accepted against these.
create table placement (
    placement_id            uuid        primary key,
    participant_id          varchar(18) not null,
    activity_id             uuid        not null,
    provider_id             varchar(64) not null,
    activity_category       varchar(32) not null,
    cost_per_session_pence  integer     not null,
    confirmed_at            timestamptz not null,
    ended_at                timestamptz,
    end_reason              varchar(64)
);
create index placement_participant on placement (participant_id);

-- One reported session. The unique key makes a replayed or concurrently repeated event a no-op.
create table attendance (
    seq             bigint generated always as identity primary key,
    provider_id     varchar(64)  not null,
    event_id        varchar(100) not null,
    placement_id    uuid         not null,
    participant_id  varchar(18)  not null,
    session_date    date         not null,
    status          varchar(16)  not null check (status in ('attended', 'missed', 'cancelled')),
    recorded_at     timestamptz  not null,
    constraint attendance_provider_event unique (provider_id, event_id)
);
create index attendance_participant on attendance (participant_id, session_date);

create table link_worker_session (
    id              uuid        primary key,
    participant_id  varchar(18) not null,
    session_date    date        not null,
    minutes         integer     not null check (minutes between 1 and 480),
    mode            varchar(16) not null,
    recorded_at     timestamptz not null
);
create index link_worker_session_participant on link_worker_session (participant_id);

create table outcome (
    id              uuid        primary key,
    participant_id  varchar(18) not null,
    instrument      varchar(16) not null,
    timepoint       varchar(16) not null,
    completed_at    date        not null,
    items           jsonb       not null,
    scores          jsonb       not null,
    recorded_at     timestamptz not null,
    constraint outcome_once_per_timepoint unique (participant_id, instrument, timepoint)
);

-- The derived state of a participant, one row each; its row lock serialises status changes so a
-- participant's engagement events leave in order. After a withdrawal with scope 'all' only this
-- row remains, emptied, as the record that the withdrawal happened.
create table participant_status (
    participant_id      varchar(18) primary key,
    status              varchar(16) check (status in ('CONNECTED', 'ENGAGED', 'SUSTAINED', 'DISENGAGED')),
    sessions_attended   integer     not null default 0,
    sessions_missed     integer     not null default 0,
    sessions_cancelled  integer     not null default 0,
    last_attended_on    date,
    placed_since        date,
    status_changed_at   timestamptz,
    closed              boolean     not null default false,
    withdrawn_scope     varchar(8)  check (withdrawn_scope in ('future', 'all')),
    withdrawn_at        timestamptz,
    erased_at           timestamptz,
    updated_at          timestamptz not null
);
create index participant_status_placed on participant_status (placed_since) where placed_since is not null;
