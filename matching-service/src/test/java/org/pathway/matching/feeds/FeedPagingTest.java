package org.pathway.matching.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FeedPagingTest {

    @ParameterizedTest(name = "{0} page {1}")
    @CsvSource(delimiter = '|', textBlock = """
            https://northlincs.openplace.directory/o/ServiceDirectoryService/v2/services | 1 | https://northlincs.openplace.directory/o/ServiceDirectoryService/v2/services?page=1&per_page=50
            https://api.example.org/services?taxonomy_id=7&page=3&per_page=10          | 2 | https://api.example.org/services?taxonomy_id=7&page=2&per_page=50
            http://127.0.0.1:8080/api/v1/services?                                      | 4 | http://127.0.0.1:8080/api/v1/services?page=4&per_page=50
            """)
    void asksForEachPageKeepingTheFeedsOwnParameters(String url, int page, String expected) {
        assertThat(FeedPaging.pageUri(url, page, 50)).hasToString(expected);
    }

    @Test
    void skipsAUtf8ByteOrderMark() {
        byte[] json = "[{\"id\": \"s1\"}]".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);

        assertThat(FeedPaging.parse(withBom, 1)).isEqualTo(FeedPaging.parse(json, 1));
        assertThat(FeedPaging.parse(withBom, 1).get(0).get("id").asText()).isEqualTo("s1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            <html><body>Service directory</body></html> | page 2 is not JSON
            '"services"'                                | page 2 is not a JSON object or array
            42                                          | page 2 is not a JSON object or array
            {"contents": [                              | page 2 is not JSON
            """)
    void refusesAPageThatIsNotJsonNamingThePage(String body, String reason) {
        assertThatThrownBy(() -> FeedPaging.parse(body.getBytes(StandardCharsets.UTF_8), 2))
                .isInstanceOf(FeedUnavailable.class).hasMessage(reason);
    }

    @ParameterizedTest(name = "{0} entries after a first page of {1}: last {2}")
    @CsvSource({"0, 50, true", "12, 50, true", "50, 50, false", "50, 100, true", "1, 1, false", "0, 0, true"})
    void stopsOnAnEmptyOrShortPageWhateverTheTotalsSay(int entries, int firstPage, boolean last) {
        assertThat(FeedPaging.isLast(entries, firstPage)).isEqualTo(last);
    }
}
