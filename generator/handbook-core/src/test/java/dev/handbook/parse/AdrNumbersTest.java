package dev.handbook.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AdrNumbersTest {

    @ParameterizedTest(name = "{0} is ADR {1}")
    @CsvSource({"ADR-1, 1", "0012-handle-bibEntry, 12", "7, 7", "adr_0045-split, 45", "000123-big, 123", "0001, 1"})
    void leadingDigitsOfAnyLengthUpToSixAreTheNumber(String stem, int number) {
        assertThat(AdrNumbers.of(stem)).isEqualTo(OptionalInt.of(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"20210315-use-postgres", "use-postgres", "1234567-x"})
    void datesLongerRunsAndNamesWithoutDigitsHaveNoNumber(String stem) {
        assertThat(AdrNumbers.of(stem)).isEmpty();
    }
}
