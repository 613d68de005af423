package org.pathway.testkit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JsonMutationsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static ObjectNode example() throws Exception {
        return (ObjectNode) MAPPER.readTree("""
                {"name":"Sam","born":"2011-04-02","scores":[1,2],"contact":{"phone":"0770"}}""");
    }

    private static JsonMutations mutations() throws Exception {
        return JsonMutations.of(example()).dateFields(Set.of("born")).numberFields(Set.of("scores[0]"))
                .oversize("name", 2 << 20).build();
    }

    @Test
    void theSameSeedDrawsTheSameRequests() throws Exception {
        List<String> first = JsonMutationsTest.describe(Samples.draw(mutations().gen(), 300, 42L));
        List<String> again = JsonMutationsTest.describe(Samples.draw(mutations().gen(), 300, 42L));

        assertThat(again).isEqualTo(first);
    }

    @Test
    void aDifferentSeedDrawsOtherRequests() throws Exception {
        assertThat(describe(Samples.draw(mutations().gen(), 50, 1L)))
                .isNotEqualTo(describe(Samples.draw(mutations().gen(), 50, 2L)));
    }

    @Test
    void generatorsStayInTheirBoundsAndFollowTheirWeights() {
        assertThat(Samples.draw(Gen.integers(-2, 2), 2_000, 3L)).containsOnly(-2, -1, 0, 1, 2).contains(-2, 2);
        assertThat(Samples.draw(Gen.strings(Gen.chars('A', 'C'), 2, 4), 500, 3L))
                .allMatch(s -> s.matches("[A-C]{2,4}"));
        assertThat(Samples.draw(Gen.integers(0, 100).filter(n -> n % 7 == 0), 200, 3L)).allMatch(n -> n % 7 == 0);
        List<String> drawn = Samples.draw(Gen.frequency(Gen.weighted(9, Gen.just("often")),
                Gen.weighted(1, Gen.just("rarely"))), 10_000, 3L);
        assertThat(drawn.stream().filter("rarely"::equals).count()).isBetween(800L, 1_200L);
    }

    @Test
    void drawsEveryCategory() throws Exception {
        Set<String> categories = Samples.draw(mutations().gen(), 1000, 7L).stream()
                .map(m -> m.category().replaceAll("-(unicode|injection|very-long|any-chars)$", ""))
                .collect(Collectors.toSet());

        assertThat(categories).contains("missing-field", "null-field", "wrong-type", "text", "duplicate-key",
                "malformed-json", "wrong-top-level", "extra-field", "wrong-content-type", "bad-date", "bad-number",
                "oversize");
    }

    @Test
    void writesADuplicateKeyWithTheCanary() throws Exception {
        String text = JsonMutations.writeWithDuplicate(example(), new JsonPath(List.of("contact", "phone")),
                MAPPER.getNodeFactory().textNode("QZX"), false);

        assertThat(text).isEqualTo("{\"name\":\"Sam\",\"born\":\"2011-04-02\",\"scores\":[1,2],"
                + "\"contact\":{\"phone\":\"0770\",\"phone\":\"QZX\"}}");
    }

    @Test
    void pathsAreWrittenAsTheClientSeesThem() throws Exception {
        assertThat(JsonPath.all(example()).stream().map(JsonPath::toString))
                .containsExactly("name", "born", "scores", "scores[0]", "scores[1]", "contact", "contact.phone");
    }


    private static List<String> describe(List<JsonMutations.Mutation> mutations) throws Exception {
        ObjectNode example = example();
        return mutations.stream().map(m -> m.applyTo(example)).map(HostileRequest::describe).toList();
    }
}
