-- The Idempotency-Key a link worker's client sent with a booking, so that a request repeated after its
-- answer was lost books nothing twice and is answered with the first booking (chassis IdempotencyKeyHeader).
alter table placement add column idempotency_key varchar(255);
create unique index placement_idempotency_key
    on placement (participant_id, idempotency_key) where idempotency_key is not null;
