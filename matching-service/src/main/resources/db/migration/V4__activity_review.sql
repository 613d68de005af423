-- Safe by default for children (issue 17): an imported activity whose ages neither the directory
-- nor its own text states waits for a person's review and is never recommended until then.
-- age_evidence / category_evidence keep the phrase or taxonomy term each decision came from.
alter table activity add column needs_review boolean not null default false;
alter table activity add column age_evidence text;
alter table activity add column category_evidence text;
-- APPROVED or REJECTED once a site admin or link worker has reviewed the activity; a reviewed
-- activity keeps the reviewer's ages and category when its directory is imported again.
alter table activity add column review_status varchar(16);
alter table activity add column reviewed_at timestamptz;

-- Activities imported before this version took "0–25" for every service without stated ages:
-- none of them may be recommended again until re-imported (which screens it) or reviewed.
update activity set needs_review = true,
    age_evidence = 'imported before ages were checked: import the directory again or review it'
where external_id is not null;

drop index activity_bookable;
create index activity_bookable on activity (active, needs_review, min_age, max_age);
create index activity_needs_review on activity (needs_review, name) where needs_review;
