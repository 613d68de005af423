-- The Idempotency-Key a link worker's client sent with a session or an outcome, so that a request
-- repeated after its answer was lost records nothing twice (chassis IdempotencyKeyHeader).
alter table link_worker_session add column idempotency_key varchar(255);
create unique index link_worker_session_idempotency_key
    on link_worker_session (participant_id, idempotency_key) where idempotency_key is not null;

alter table outcome add column idempotency_key varchar(255);
create unique index outcome_idempotency_key
    on outcome (participant_id, idempotency_key) where idempotency_key is not null;
