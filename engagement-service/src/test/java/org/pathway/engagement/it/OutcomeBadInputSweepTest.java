package org.pathway.engagement.it;

import static org.pathway.engagement.it.Fixtures.NORTH_LONDON;
import static org.pathway.engagement.it.Fixtures.count;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.pathway.testkit.Tokens;
import org.pathway.testkit.hostile.HostileRequest;
import org.pathway.testkit.hostile.HostileStrings;
import org.pathway.testkit.hostile.JsonMutations;
import org.pathway.testkit.hostile.RawHttp.Reply;
import org.pathway.testkit.hostile.RawHttp;
import org.pathway.testkit.hostile.Samples;
import org.pathway.testkit.hostile.Sweep;

/**
 * The bad-input sweep of outcome submissions: generated malformed and hostile bodies (the testkit's
 * seeded generators, fixed seed) against the real service and database, each for a participant of its own.
 * No 5xx; every 4xx problem+json naming what is wrong; nothing stored from a rejected request; an
 * accepted one stores exactly the answers sent.
 */
@QuarkusTest
class OutcomeBadInputSweepTest {

    private static final long SEED = Samples.seed(20_261_203L);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void malformedAndHostileOutcomesAreRefusedCleanlyAndStoreNothing() {
        JsonMutations mutations = JsonMutations.of(valid())
                .dateFields(Set.of("completedAt"))
                .numberFields(IntStream.range(0, 7).mapToObj(i -> "items[" + i + "]").collect(Collectors.toSet()))
                .oversize("note", 12 << 20)
                .serverOwnedFields(List.of("id", "participantId", "scores"))
                .build();
        List<JsonMutations.Mutation> drawn = Samples.draw(mutations.gen(), Samples.count(400), SEED);
        Sweep sweep = new Sweep("POST /sites/{site}/participants/{id}/outcomes", SEED, List.of());
        RawHttp http = new RawHttp("http://localhost:" + RestAssured.port);
        Map<String, String> auth = Map.of("Authorization", "Bearer " + linkWorker());
        String[] participants = IntStream.range(0, drawn.size() + 1).mapToObj(i -> Fixtures.participant())
                .toArray(String[]::new);
        Fixtures.referred(NORTH_LONDON, participants);

        for (int i = 0; i < drawn.size(); i++) {
            String participant = participants[i];
            HostileRequest request = drawn.get(i).applyTo(valid());
            Reply reply = http.post(path(participant), request, auth);
            int status = sweep.check(i, request, reply);
            long stored = storedFor(participant);
            if (status >= 400 && stored != 0) {
                sweep.fail(i, request, status + " but " + stored + " rows stored");
            }
            if (status == 201) {
                expectStoredAsSent(sweep, i, request, participant, stored);
            }
        }

        System.out.println(sweep.summary());
        String participant = participants[drawn.size()];
        RestAssured.given().auth().oauth2(linkWorker()).contentType("application/json").body(valid().toString())
                .post(path(participant)).then().statusCode(201);
        sweep.assertNoFailures();
    }

    /** Hostile participant ids in the path: never a participant, never stored. */
    @Test
    void hostileParticipantIdsInThePathAreNotFound() {
        List<String> ids = Samples.draw(HostileStrings.labelled().map(HostileStrings.Labelled::value)
                .filter(s -> !s.isEmpty() && s.length() < 2_000), Samples.count(400) / 10, SEED + 1);
        Sweep sweep = new Sweep("POST /sites/{site}/participants/{hostile id}/outcomes", SEED + 1, List.of());
        RawHttp http = new RawHttp("http://localhost:" + RestAssured.port);
        long before = count("select count(*) from site_north_london.outcome")
                + count("select count(*) from site_north_london.participant_status");
        for (int i = 0; i < ids.size(); i++) {
            HostileRequest request = new HostileRequest("participant-id", "", valid().toString()
                    .getBytes(StandardCharsets.UTF_8), HostileRequest.JSON, null, true);
            String encoded = java.net.URLEncoder.encode(ids.get(i), StandardCharsets.UTF_8).replace("+", "%20");
            sweep.check(i, request, http.post(path(encoded), request,
                    Map.of("Authorization", "Bearer " + linkWorker())));
        }
        long after = count("select count(*) from site_north_london.outcome")
                + count("select count(*) from site_north_london.participant_status");
        System.out.println(sweep.summary());
        sweep.assertNoFailures();
        org.assertj.core.api.Assertions.assertThat(after).isEqualTo(before);
    }

    /** A 201 stores one outcome (and the participant's status row) with exactly the integer answers sent. */
    private void expectStoredAsSent(Sweep sweep, int index, HostileRequest request, String participant, long stored) {
        if (stored != 2) {
            sweep.fail(index, request, "201 but " + stored + " rows stored, not 2");
            return;
        }
        try {
            JsonNode sent = JSON.readTree(request.body()).get("items");
            JsonNode kept = JSON.readTree(Fixtures.text(
                    "select items::text from site_north_london.outcome where participant_id = ?", participant));
            for (int i = 0; i < sent.size(); i++) {
                JsonNode item = sent.get(i);
                boolean same = item.isIntegralNumber() ? item.asInt() == kept.get(i).asInt()
                        : item.isTextual() && Integer.parseInt(item.asText().strip()) == kept.get(i).asInt();
                if (!same) {
                    sweep.fail(index, request, "201 but item " + i + " stored as " + kept.get(i));
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            sweep.fail(index, request, "201 for items that are not integers");
        }
    }

    private long storedFor(String participant) {
        return count("select count(*) from site_north_london.outcome where participant_id = ?", participant)
                + count("select count(*) from site_north_london.participant_status where participant_id = ?",
                participant);
    }

    private static ObjectNode valid() {
        ObjectNode body = JSON.createObjectNode();
        body.put("instrument", "SWEMWBS");
        body.put("timepoint", "baseline");
        body.put("completedAt", LocalDate.now(ZoneId.of("Europe/London")).minusDays(1).toString());
        body.putArray("items").add(3).add(4).add(2).add(5).add(1).add(3).add(4);
        return body;
    }

    private static String path(String participant) {
        return "/sites/" + NORTH_LONDON + "/participants/" + participant + "/outcomes";
    }

    private static String linkWorker() {
        return Tokens.site(NORTH_LONDON, "link-worker-1", "link-worker");
    }
}
