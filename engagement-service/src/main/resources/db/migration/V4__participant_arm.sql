-- The study arm of each participant (issue 20), as referral.received and referral.accepted announce it:
-- 'pathway', or 'comparison' (registered before the pathway started at the site; questionnaires only,
-- no placements, no link-worker sessions). Participants known before this version are the pathway's.
alter table participant add column arm varchar(10) not null default 'pathway';
alter table participant add constraint participant_arm_known check (arm in ('pathway', 'comparison'));
