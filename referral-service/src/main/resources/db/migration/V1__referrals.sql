-- Referrals of one site (this runs in every site's schema; table names stay unqualified).
-- Identifiable columns are nullable because withdrawal of consent with scope 'all' erases them;
-- the row keeps the pseudonym, status, dates and coarse attributes as the record that it happened.
create table referral (
    id                          uuid primary key,
    participant_id              text        not null unique,
    external_reference          text        unique,
    request_fingerprint         text,
    status                      text        not null,
    decline_reason              text,
    intake_status               text        not null,
    intake_decline_reason       text,

    -- identifiable: erased on withdrawal with scope 'all'
    nhs_number                  text,
    given_name                  text,
    family_name                 text,
    date_of_birth               date,
    postcode                    text,
    contact_phone               text,
    contact_email               text,
    guardian_name               text,
    guardian_phone              text,
    guardian_relationship       text,
    referrer_name               text,
    referrer_email              text,
    notes                       text,
    decline_note                text,

    -- coarse: what events and the research store may carry
    referrer_organisation_code  text        not null,
    age_at_referral             integer     not null,
    gender                      text        not null,
    ethnic_category             text,
    postcode_district           text        not null,
    language_preference         text        not null,
    presenting_needs            text[]      not null,
    interests                   text[]      not null,
    accessibility_needs         text[]      not null,
    severity                    text        not null,
    risk_level                  text        not null,
    consent_young_person        boolean     not null,
    consent_guardian            boolean     not null,
    consent_gillick_competent   boolean,
    consent_research            boolean,

    referred_at                 date        not null,
    waiting_list_since          date,
    received_at                 timestamptz not null,
    contacted_at                timestamptz,
    contact_method              text,
    closed_at                   timestamptz,
    close_reason                text,
    withdrawn_at                timestamptz,
    withdrawal_scope            text,
    erased_at                   timestamptz,
    version                     integer     not null default 0,

    constraint referral_identifiers_present_unless_erased check (
        erased_at is not null
        or (nhs_number is not null and given_name is not null and family_name is not null
            and date_of_birth is not null and postcode is not null)),
    constraint referral_status_known check (
        status in ('ACCEPTED', 'DECLINED', 'CONTACTED', 'WITHDRAWN', 'CLOSED'))
);

-- At most one active referral per NHS number: two concurrent intakes for the same young person
-- cannot both be accepted; the loser is retried and declined as DUPLICATE_ACTIVE_REFERRAL.
create unique index referral_one_active_per_nhs_number
    on referral (nhs_number) where status in ('ACCEPTED', 'CONTACTED');

create index referral_status_received on referral (status, received_at desc);

-- Idempotency-Key values a trust sent with a new referral; a retry with the same key and body
-- answers the original result, a different body under the same key is a conflict.
create table idempotency_key (
    key                 text        primary key,
    request_fingerprint text,
    referral_id         uuid        not null references referral (id),
    response_status     integer     not null,
    created_at          timestamptz not null
);

-- Who read or changed identifiable data: never the data itself, only the subject's ids.
create table audit (
    id              bigint generated always as identity primary key,
    at              timestamptz not null,
    actor           text        not null,
    roles           text        not null,
    site_id         text        not null,
    referral_id     uuid,
    participant_id  text,
    action          text        not null
);

create index audit_referral on audit (referral_id);
create index audit_participant on audit (participant_id);
create index audit_at on audit (at desc, id desc);
