-- The study arm of each participant (issue 20): 'pathway' (referred and offered the pathway) or 'comparison'
-- (registered on the site's waiting list before the pathway started there; questionnaires only), from the arm of
-- referral.received and referral.accepted. Null until a referral event arrives, like the other referral attributes.
-- Copied onto participant_outcome with the referral date and attributes, so that the outcomes report and the arm
-- difference read that table alone. Every report but retention and outcomes grouped by arm, and the difference,
-- counts the pathway arm only.
alter table participant add column arm text check (arm in ('pathway', 'comparison'));
alter table participant_outcome add column arm text check (arm in ('pathway', 'comparison'));

-- Everyone stored before arms existed was referred to the pathway.
update participant set arm = 'pathway' where referred_at is not null;
update participant_outcome set arm = 'pathway' where referred_at is not null;
