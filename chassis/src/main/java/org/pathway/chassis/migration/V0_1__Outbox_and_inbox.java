package org.pathway.chassis.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Statement;

/**
 * The chassis' own tables, created in every schema a service migrates before the service's
 * migrations (version 0.1 sorts before a service's V1). Never edit once landed: add V0_2.
 */
public class V0_1__Outbox_and_inbox extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("""
                    create table outbox (
                        id             bigint generated always as identity primary key,
                        event_id       uuid        not null unique,
                        topic          text        not null,
                        event_type     text        not null,
                        site_id        text        not null,
                        source         text        not null,
                        participant_id text        not null,
                        occurred_at    timestamptz not null,
                        payload        text        not null,
                        traceparent    text,
                        sent_at        timestamptz
                    )""");
            statement.execute("create index outbox_unsent on outbox (id) where sent_at is null");
            statement.execute("""
                    create table inbox (
                        consumer     text        not null,
                        event_id     uuid        not null,
                        processed_at timestamptz not null default now(),
                        primary key (consumer, event_id)
                    )""");
        }
    }
}
