package dev.trustmap.evidence.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTimesTest {

    private static JsonNode member(String json) throws Exception {
        return new ObjectMapper().readTree("{\"t\": " + json + "}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1523477145.729 | 2018-04-11T20:05:45.729Z",
        "1741668435 | 2025-03-11T04:47:15Z",
        "\"1547583197\" | 2019-01-15T20:13:17Z",
        "\"1523477145.729\" | 2018-04-11T20:05:45.729Z",
        "\"2018-04-11T22:05:45.729000+02:00\" | 2018-04-11T20:05:45.729Z",
        "\"2026-11-28T19:00:00-05:00\" | 2026-11-29T00:00:00Z",
        "\"2019-10-01T04:31:41Z\" | 2019-10-01T04:31:41Z",
    })
    void epochSecondsAndIsoTextAreBothRead(String json, String expected) throws Exception {
        assertThat(JsonTimes.epochOrIso(member(json), "t")).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"null", "0", "\"0\"", "\"\"", "\"N/A\""})
    void noDateIsNull(String json) throws Exception {
        assertThat(JsonTimes.epochOrIso(member(json), "t")).isNull();
        assertThat(JsonTimes.epochOrIso(member(json), "absent")).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"true", "{}", "[1]", "\"yesterday\"", "\"-5\""})
    void anythingElseThrowsAndIsQuotedAsWritten(String json) throws Exception {
        assertThatThrownBy(() -> JsonTimes.epochOrIso(member(json), "t")).isInstanceOf(DateTimeParseException.class);
        assertThat(JsonTimes.raw(member(json), "t")).isEqualTo(json.startsWith("\"") ? json.substring(1,
                json.length() - 1) : json);
    }
}
