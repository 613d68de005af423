-- A key is only ever stored with a new referral, whose answer was 201 Created: the column keeps that
-- record without the service writing an HTTP status from its domain code.
alter table idempotency_key alter column response_status set default 201;
