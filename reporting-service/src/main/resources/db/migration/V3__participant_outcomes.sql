-- Each participant's score at each measure (instrument, timepoint, score), the latest completed when a
-- measure was repeated, next to their baseline score of the same instrument and score: what the outcomes
-- report reads. Kept by the consumers in the transaction that stores an outcome (recomputed from the
-- participant's own outcome_score rows), so the report neither sorts nor pairs the scores of the whole store.
create table participant_outcome (
    site_id        text             not null,
    participant_id text             not null,
    instrument     text             not null,
    timepoint      text             not null,
    score_name     text             not null,
    score          double precision not null,
    -- the latest baseline score of the same instrument and score; null at baseline itself or without one
    baseline_score double precision,
    primary key (site_id, participant_id, instrument, timepoint, score_name)
);

-- Scores stored before this migration.
insert into participant_outcome (site_id, participant_id, instrument, timepoint, score_name, score, baseline_score)
with latest as (
    select distinct on (site_id, participant_id, instrument, timepoint, score_name)
           site_id, participant_id, instrument, timepoint, score_name, score
    from outcome_score
    order by site_id, participant_id, instrument, timepoint, score_name, completed_at desc, outcome_id)
select l.site_id, l.participant_id, l.instrument, l.timepoint, l.score_name, l.score, b.score
from latest l
left join latest b on l.timepoint <> 'baseline' and b.timepoint = 'baseline'
    and b.site_id = l.site_id and b.participant_id = l.participant_id
    and b.instrument = l.instrument and b.score_name = l.score_name;

analyze participant_outcome;
