-- The participant's referral date and coarse attributes, copied onto each of their participant_outcome rows,
-- so that the outcomes report filters and groups one table instead of joining it with participant. Kept by the
-- consumers in the same transactions as the originals: recomputing a participant's outcomes copies them from
-- participant, and a referral that changes them on participant (it may arrive after the outcomes) changes the
-- copies too. Null, like the originals, until a referral arrives; such rows are in no report.
alter table participant_outcome
    add column referred_at        date,
    add column age_at_referral    integer,
    add column gender             text,
    add column ethnic_category    text,
    add column deprivation_decile integer,
    add column presenting_needs   text;

-- Outcomes stored before this migration.
update participant_outcome o
set (referred_at, age_at_referral, gender, ethnic_category, deprivation_decile, presenting_needs) =
    (p.referred_at, p.age_at_referral, p.gender, p.ethnic_category, p.deprivation_decile, p.presenting_needs)
from participant p
where p.site_id = o.site_id and p.participant_id = o.participant_id;

-- An outcomes report of one site and period reads its rows by index, as the other reports read participant.
create index participant_outcome_site_referred on participant_outcome (site_id, referred_at);

analyze participant_outcome;
