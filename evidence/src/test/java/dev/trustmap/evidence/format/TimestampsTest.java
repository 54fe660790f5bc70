package dev.trustmap.evidence.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2022-05-27T10:25:44+00:00 | 2022-05-27T10:25:44Z",
        "2022-08-07 12:55:43+00:00 | 2022-08-07T12:55:43Z",
        "2022-03-07T15:04:11.0580414Z | 2022-03-07T15:04:11.058041400Z",
        "2021-01-03T11:23:34.8823617-8:00 | 2021-01-03T19:23:34.882361700Z",
        "2023-05-16T08:47:09.000-07:00 | 2023-05-16T15:47:09Z",
        "2022-06-16 10:17:40 -0700 -0700 | 2022-06-16T17:17:40Z",
        "2022-06-16T10:17:40-0700 | 2022-06-16T17:17:40Z",
        "2019-05-18 20:28 | 2019-05-18T20:28:00Z",
        "2023-01-19T04:39:56 | 2023-01-19T04:39:56Z",
        "2022-10-24 | 2022-10-24T00:00:00Z",
        "2024-02-29T23:59:59z | 2024-02-29T23:59:59Z",
    })
    void readsEveryFormTheExportsWrite(String raw, String expected) {
        assertThat(Timestamps.parse(raw)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "N/A", "n/a", "no_information", "not_supported", "null", "0001-01-01T00:00:00Z"})
    void noDateValuesAreNull(String raw) {
        assertThat(Timestamps.parse(raw)).isNull();
        assertThat(Timestamps.isNoDate(raw)).isTrue();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"yesterday", "2022-13-01", "2022-05-27T25:00:00Z", "27/05/2022"})
    void somethingThatIsNoTimeThrows(String raw) {
        assertThatThrownBy(() -> Timestamps.parse(raw)).isInstanceOf(DateTimeException.class);
    }

    @ParameterizedTest
    @CsvSource({"45566.5, 2024-10-01T12:00:00Z", "25569, 1970-01-01T00:00:00Z"})
    void excelSerialDatesAreDaysSince1899(double serial, String expected) {
        assertThat(Timestamps.fromExcelSerial(serial)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({"1556209856000, 2019-04-25T16:30:56Z"})
    void epochMillis(long millis, String expected) {
        assertThat(Timestamps.fromEpochMillis(millis)).isEqualTo(Instant.parse(expected));
        assertThat(Timestamps.fromEpochSeconds(millis / 1000)).isEqualTo(Instant.parse(expected));
        assertThat(Timestamps.fromEpochSeconds(0)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"1523477145.729, 2018-04-11T20:05:45.729Z", "1521534252.66, 2018-03-20T08:24:12.660Z",
        "1673395200.0, 2023-01-11T00:00:00Z", "1741668435, 2025-03-11T04:47:15Z",
        "1.523477145729E9, 2018-04-11T20:05:45.729Z", "1700000000.1234567891, 2023-11-14T22:13:20.123456789Z"})
    void epochSecondsWithAFractionAsAwsCliV1PrintsThem(String seconds, String expected) {
        assertThat(Timestamps.fromEpochSeconds(new BigDecimal(seconds))).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.0", "-1.5"})
    void epochSecondsOfZeroOrLessAreNoDate(String seconds) {
        assertThat(Timestamps.fromEpochSeconds(new BigDecimal(seconds))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"253402300800", "1e30"})
    void epochSecondsPastTheYear9999Throw(String seconds) {
        assertThatThrownBy(() -> Timestamps.fromEpochSeconds(new BigDecimal(seconds)))
                .isInstanceOf(DateTimeException.class);
    }
}
