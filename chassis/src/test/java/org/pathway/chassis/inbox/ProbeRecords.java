package org.pathway.chassis.inbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.pathway.testkit.TestKafka;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Records as a producing service publishes them, for the probe application's consumers, and reading them back. */
public final class ProbeRecords {

    private ProbeRecords() {
    }

    /** A contact event of the participant at the site, under the given event id. */
    public static void sendContact(String topic, UUID id, String site, String participant) {
        String data = "{\"participantId\":\"" + participant + "\",\"referralId\":\"" + UUID.randomUUID()
                + "\",\"contactedAt\":\"2026-11-20T10:15:00Z\",\"method\":\"phone\"}";
        TestKafka.send(topic, participant, data, headers(id, site));
    }

    public static Map<String, String> headers(UUID id, String site) {
        return Map.of("ce_specversion", "1.0", "ce_id", id.toString(), "ce_type", "pathway.referral.contacted.v1",
                "ce_source", "/sites/" + site + "/referral", "ce_siteid", site, "ce_subject", "x",
                "ce_time", "2026-11-20T10:15:00Z", "content-type", "application/json");
    }

    public static List<String> ids(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> header(r, "ce_id")).toList();
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
