package org.pathway.matching.api.dto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathway.matching.directory.ImportError;

/** The JSON field names are the API contract (API.md): renaming a record component must fail here. */
class DtoJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void writesARecommendationAsApiMdShowsIt() throws Exception {
        UUID id = UUID.fromString("6f1c2d4e-0000-4000-8000-000000000001");
        RecommendationView r = new RecommendationView(id, "Art club", 72.5, List.of("interest: art", "within 2.1 km"));

        assertThat(JSON.writeValueAsString(r)).isEqualTo(
                "{\"activityId\":\"6f1c2d4e-0000-4000-8000-000000000001\",\"name\":\"Art club\",\"score\":72.5,"
                        + "\"reasons\":[\"interest: art\",\"within 2.1 km\"]}");
    }

    @Test
    void writesAnImportResultAsApiMdShowsIt() throws Exception {
        ImportResult result = new ImportResult(4, 1, 5, 0, 1,
                List.of(new ImportError(7, "svc-2", "not a community activity: name and description mention \"gp\"")),
                List.of(new ImportError(3, "svc-9", "name missing")));

        assertThat(JSON.writeValueAsString(result)).isEqualTo(
                "{\"created\":4,\"updated\":1,\"unchanged\":5,\"needsReview\":0,\"skipped\":1,"
                        + "\"skips\":[{\"index\":7,\"id\":\"svc-2\",\"reason\":"
                        + "\"not a community activity: name and description mention \\\"gp\\\"\"}],"
                        + "\"errors\":[{\"index\":3,\"id\":\"svc-9\",\"reason\":\"name missing\"}]}");
    }

    @Test
    void readsPlacementAndEndBodies() throws Exception {
        PlacementRequest placement = JSON.readValue(
                "{\"participantId\": \"ptc-123\", \"activityId\": \"6f1c2d4e-0000-4000-8000-000000000001\"}",
                PlacementRequest.class);
        EndPlacementRequest end = JSON.readValue("{\"reason\": \"completed\"}", EndPlacementRequest.class);

        assertThat(placement).isEqualTo(
                new PlacementRequest("ptc-123", UUID.fromString("6f1c2d4e-0000-4000-8000-000000000001")));
        assertThat(end.reason()).isEqualTo("completed");
    }
}
