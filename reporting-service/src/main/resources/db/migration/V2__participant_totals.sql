-- Per-participant totals of the two largest fact tables, kept on the participant row by the consumers in
-- the same transaction as the facts they sum, so that no report reads attendance or link_worker_session.
-- They are recomputed from the participant's own rows whenever those rows, or the placement date the
-- adherence window starts from, change; so they stay order-independent and a replay gives the same values.
alter table participant
    -- sessions attended, at any time
    add column sessions_attended   integer not null default 0,
    -- sessions attended and missed in the adherence window: 12 weeks (84 days) from placement
    add column attended_in_window  integer not null default 0,
    add column missed_in_window    integer not null default 0,
    -- Σ cost per session of the sessions attended
    add column activity_pence      bigint  not null default 0,
    add column link_worker_minutes bigint  not null default 0;

-- Facts stored before this migration.
update participant p set (sessions_attended, attended_in_window, missed_in_window, activity_pence) = (
    select count(*) filter (where a.status = 'attended'),
           count(*) filter (where a.status = 'attended' and a.session_date >= (p.placed_at at time zone 'UTC')::date
                            and a.session_date < (p.placed_at at time zone 'UTC')::date + 84),
           count(*) filter (where a.status = 'missed' and a.session_date >= (p.placed_at at time zone 'UTC')::date
                            and a.session_date < (p.placed_at at time zone 'UTC')::date + 84),
           coalesce(sum(a.cost_per_session_pence) filter (where a.status = 'attended'), 0)
    from attendance a
    where a.site_id = p.site_id and a.participant_id = p.participant_id)
where exists (select 1 from attendance a where a.site_id = p.site_id and a.participant_id = p.participant_id);

update participant p set link_worker_minutes = (
    select coalesce(sum(s.minutes), 0) from link_worker_session s
    where s.site_id = p.site_id and s.participant_id = p.participant_id)
where exists (select 1 from link_worker_session s where s.site_id = p.site_id and s.participant_id = p.participant_id);

-- Reports over every site and date read the whole participant table; its statistics should know the new columns.
analyze participant;
