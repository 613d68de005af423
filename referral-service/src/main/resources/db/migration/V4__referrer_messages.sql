-- Messages back to the referrer (issue 18, point 4). Runs in every site's schema.

-- A referring organisation (ODS code) registered by the site's admin: where its messages go and in
-- which format. The signing secret of a 'json' referrer is AES-GCM encrypted (never stored in clear).
create table referring_organisation (
    ods_code        text        primary key,
    endpoint        text        not null,
    format          text        not null,
    signing_secret  text,
    registered_at   timestamptz not null,
    updated_at      timestamptz not null,
    constraint referring_organisation_format_known check (format in ('bars', 'json')),
    constraint referring_organisation_json_is_signed check (format <> 'json' or signing_secret is not null)
);

-- The referrer-message outbox: one row per change that matters to the referrer, written in the
-- transaction of the change; delivered in id order per referral by the delivery worker (one replica
-- at a time per row: select ... for update skip locked). Facts carry no identifier.
create table referrer_message (
    id                bigint generated always as identity primary key,
    request_id        uuid        not null unique,
    correlation_id    uuid        not null,
    referral_id       uuid        not null references referral (id),
    ods_code          text        not null,
    change            text        not null,
    facts             text        not null,
    state             text        not null,
    attempts          integer     not null default 0,
    created_at        timestamptz not null,
    next_attempt_at   timestamptz not null,
    last_attempt_at   timestamptz,
    delivered_at      timestamptz,
    last_status       integer,
    last_error        text,
    constraint referrer_message_state_known check (state in ('PENDING', 'DELIVERED', 'DEAD'))
);

create index referrer_message_due on referrer_message (next_attempt_at, id) where state = 'PENDING';
create index referrer_message_of_referral on referrer_message (referral_id, id);

-- What referral-service learns from the placements and engagement topics, for the closing message:
-- sessions attended (attended activity sessions reported by providers) and outcome scores.
create table referral_progress (
    participant_id     text        primary key,
    sessions_attended  integer     not null default 0,
    updated_at         timestamptz not null
);

create table referral_outcome (
    outcome_id      uuid        primary key,
    participant_id  text        not null,
    instrument      text        not null,
    timepoint       text        not null,
    completed_at    date        not null,
    scores          text        not null
);

create index referral_outcome_of_participant on referral_outcome (participant_id, instrument, completed_at);
