-- The study arm of each referral (issue 20): 'pathway' (referred and offered the pathway) or
-- 'comparison' (registered by the site on the same waiting list before the pathway started there;
-- questionnaires only, no offer). Every referral stored before this version is a pathway referral.
alter table referral add column arm text not null default 'pathway';
alter table referral add constraint referral_arm_known check (arm in ('pathway', 'comparison'));

-- A link worker registers a comparison participant, with or without the referring organisation:
-- only a pathway referral must name one.
alter table referral alter column referrer_organisation_code drop not null;
alter table referral add constraint referral_pathway_names_its_referrer check (
    arm = 'comparison' or referrer_organisation_code is not null);

create index referral_arm_received on referral (arm, received_at desc);
