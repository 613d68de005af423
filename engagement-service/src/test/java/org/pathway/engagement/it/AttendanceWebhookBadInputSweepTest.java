package org.pathway.engagement.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.engagement.it.Fixtures.NORTH_LONDON;
import static org.pathway.engagement.it.Fixtures.count;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.chassis.webhook.WebhookSignature;
import org.pathway.testkit.hostile.Gen;
import org.pathway.testkit.hostile.HostileRequest;
import org.pathway.testkit.hostile.HostileStrings;
import org.pathway.testkit.hostile.JsonMutations;
import org.pathway.testkit.hostile.RawHttp.Reply;
import org.pathway.testkit.hostile.RawHttp;
import org.pathway.testkit.hostile.Samples;
import org.pathway.testkit.hostile.Sweep;

/**
 * The bad-input sweep of the attendance webhook: generated malformed and hostile bodies (the
 * testkit's seeded generators, fixed seed), each correctly signed so it reaches the parser, against the real service
 * and database. No 5xx; every 4xx problem+json; a 200 accounts for every element (accepted,
 * duplicate or rejected) and stores exactly the accepted ones; a 4xx stores nothing.
 */
@QuarkusTest
class AttendanceWebhookBadInputSweepTest {

    private static final long SEED = Samples.seed(20_261_204L);
    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures.Placed placed;
    private RawHttp http;

    @BeforeEach
    void placedParticipantWithAProviderSecret() {
        placed = Fixtures.placedWithSecret(NORTH_LONDON, Instant.now());
        http = new RawHttp("http://localhost:" + RestAssured.port);
    }

    @Test
    void malformedAndHostileBatchesAreRefusedOrRejectedPerItemAndStoreOnlyWhatIsAccepted() {
        JsonMutations mutations = JsonMutations.of(valid(0))
                .dateFields(Set.of("events[0].sessionDate", "events[1].sessionDate"))
                .oversize("note", 12 << 20)
                .serverOwnedFields(List.of("accepted", "duplicates", "rejected", "participantId", "providerId"))
                .anyContentType()
                .build();
        List<JsonMutations.Mutation> drawn = Samples.draw(mutations.gen(), Samples.count(400), SEED);
        Sweep sweep = new Sweep("POST /sites/{site}/providers/{provider}/attendance", SEED,
                List.of(placed.participant()));

        for (int i = 0; i < drawn.size(); i++) {
            HostileRequest request = providersOwnId(drawn.get(i).applyTo(valid(i)));
            long before = storedRows();
            Reply reply = post(request, WebhookSignature.header(placed.secret(), Instant.now().getEpochSecond(),
                    request.body()));
            int status = sweep.check(i, request, reply);
            long added = storedRows() - before;
            if (status >= 400 && added != 0) {
                sweep.fail(i, request, status + " but " + added + " rows stored");
            }
            if (status == 200) {
                accountsForEveryElement(sweep, i, request, reply, added);
            }
        }

        System.out.println(sweep.summary());
        String valid = valid(-1).toString();
        Reply after = post(new HostileRequest("valid", "", valid.getBytes(StandardCharsets.UTF_8),
                HostileRequest.JSON, null), signed(valid));
        assertThat(after.status()).as("a valid batch after the sweep").isEqualTo(200);
        assertThat(after.text()).contains("\"accepted\":2");
        sweep.assertNoFailures();
    }

    /** Hostile or malformed Pathway-Signature headers: 401 problem+json, nothing stored. */
    @Test
    void hostileSignatureHeadersAreUnauthorizedAndStoreNothing() {
        Gen<String> t = Gen.of("", "-1", "0", "99999999999999999999", "NaN", "1e9", "0x10", "１２３",
                Long.toString(Instant.now().getEpochSecond()), " " + Instant.now().getEpochSecond());
        Gen<String> v1 = Gen.oneOf(HostileStrings.injection(), HostileStrings.unicode(),
                Gen.strings(Gen.charsOf("0123456789abcdef"), 64, 64),
                Gen.strings(Gen.charsOf("0123456789ABCDEF"), 64, 64));
        Gen<String> shape = Gen.of("t=%s,v1=%s", "v1=%2$s,t=%1$s", "t=%s", "t=%1$s,v1=%2$s,v1=%2$s", "t=%s;v1=%s",
                "T=%s,V1=%s", "t=%s,v0=%s", "%2$s");
        Gen<String> formatted = random -> {
            String time = t.next(random);
            String mac = v1.next(random);
            return String.format(shape.next(random), time, mac);
        };
        Gen<String> header = formatted.filter(AttendanceWebhookBadInputSweepTest::isHeaderText);
        List<String> headers = new ArrayList<>(Samples.draw(header, Samples.count(400) / 8, SEED + 1));
        headers.add(signed(valid(0).toString()).replace("v1=", "v1=0"));
        Sweep sweep = new Sweep("POST /sites/{site}/providers/{provider}/attendance (signature)", SEED + 1,
                List.of(placed.participant(), placed.secret()));
        long before = storedRows();

        for (int i = 0; i < headers.size(); i++) {
            String body = valid(i).toString();
            HostileRequest request = new HostileRequest("signature", "", body.getBytes(StandardCharsets.UTF_8),
                    HostileRequest.JSON, null, true);
            assertThat(sweep.check(i, request, post(request, headers.get(i)))).as(headers.get(i)).isEqualTo(401);
        }

        System.out.println(sweep.summary());
        sweep.assertNoFailures();
        assertThat(storedRows()).isEqualTo(before);
    }

    @Test
    void moreThan500EventsAre413ProblemAndStoreNothing() {
        ObjectNode body = valid(0);
        ArrayNode events = (ArrayNode) body.get("events");
        for (int i = events.size(); i <= 500; i++) {
            events.add(((ObjectNode) events.get(0).deepCopy()).put("eventId", "att-big-" + i));
        }
        HostileRequest request = new HostileRequest("too-many-events", "", body.toString()
                .getBytes(StandardCharsets.UTF_8), HostileRequest.JSON, null, true);
        Sweep sweep = new Sweep("POST attendance (501 events)", SEED, List.of(placed.participant()));
        long before = storedRows();

        assertThat(sweep.check(0, request, post(request, signed(body.toString())))).isEqualTo(413);

        sweep.assertNoFailures();
        assertThat(storedRows()).isEqualTo(before);
    }

    private void accountsForEveryElement(Sweep sweep, int index, HostileRequest request, Reply reply, long added) {
        try {
            JsonNode sent = JSON.readTree(request.body()).get("events");
            JsonNode result = JSON.readTree(reply.body());
            int accepted = result.path("accepted").asInt(-1);
            int answered = accepted + result.path("duplicates").asInt(-1) + result.path("rejected").size();
            if (sent == null || answered != sent.size()) {
                sweep.fail(index, request, "200 answering for " + answered + " of the elements");
            }
            if (added != accepted) {
                sweep.fail(index, request, "200 accepting " + accepted + " but storing " + added);
            }
        } catch (IOException e) {
            sweep.fail(index, request, "200 for a body that is not JSON, or an answer that is not");
        }
    }

    /** The placed.provider()'s own event id comes back in {@code rejected[].eventId} by design: no canary there. */
    private static HostileRequest providersOwnId(HostileRequest request) {
        if (!request.field().endsWith("eventId")) {
            return request;
        }
        return new HostileRequest(request.category(), request.field(), request.body(), request.contentType(), null,
                request.mustBeRefused());
    }

    /** A batch of two events of the placed placed.participant(), each with its own event id. */
    private ObjectNode valid(int sample) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        ObjectNode body = JSON.createObjectNode();
        ArrayNode events = body.putArray("events");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String placement = placed.placement().toString();
        events.addObject().put("eventId", "att-" + sample + "-a-" + run).put("placementId", placement)
                .put("sessionDate", today.toString()).put("status", "attended");
        events.addObject().put("eventId", "att-" + sample + "-b-" + run).put("placementId", placement)
                .put("sessionDate", today.minusDays(7).toString()).put("status", "missed");
        return body;
    }

    private String signed(String body) {
        return WebhookSignature.header(placed.secret(), Instant.now().getEpochSecond(),
                body.getBytes(StandardCharsets.UTF_8));
    }

    private Reply post(HostileRequest request, String signature) {
        return http.post("/sites/" + NORTH_LONDON + "/providers/" + placed.provider() + "/attendance", request,
                Map.of("Pathway-Signature", signature));
    }

    private long storedRows() {
        return count("select count(*) from site_north_london.attendance where provider_id = ?", placed.provider());
    }

    private static boolean isHeaderText(String value) {
        return value.length() <= 8_000
                && value.chars().allMatch(c -> c == '\t' || c >= 0x20 && c < 0x7F || c >= 0xA0 && c <= 0xFF);
    }
}
