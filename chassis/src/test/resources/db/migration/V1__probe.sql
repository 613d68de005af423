create table probe_effect (
    event_id       uuid primary key,
    participant_id text not null,
    event_type     text not null
);

create table probe_note (
    id   bigint generated always as identity primary key,
    text text not null
);
