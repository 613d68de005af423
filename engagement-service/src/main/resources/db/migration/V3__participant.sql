-- The site's participants: every referral event of the site admits its participant. Records are kept,
-- and engagement shown, only for these; any other pseudonym is not found at this site.
create table participant (
    participant_id  varchar(18) primary key,
    known_since     timestamptz not null
);

-- A participant this site already held records for was referred here before referral events were
-- kept: admit them, so nothing recorded before this version becomes unreachable.
insert into participant (participant_id, known_since)
select participant_id, updated_at from participant_status;
