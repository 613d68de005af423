-- A participant's pseudonym alone finds the sites that hold a referral for them: the consumers check that
-- an event's site is the site of the participant's referral before storing it.
create index participant_pseudonym on participant (participant_id);
