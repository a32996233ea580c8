package dev.handbook.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    static final List<String> IDS = List.of("postgres-primary", "redis-down-degradation", "redis-primary", "owner");

    @Test
    void suggestsTheNearestTypo() {
        assertThat(Suggestions.closest("postgres-primry", IDS)).contains("postgres-primary");
        assertThat(Suggestions.closest("owenr", IDS)).contains("owner");
    }

    @Test
    void suggestsAnIdThatContainsATruncatedOne() {
        assertThat(Suggestions.closest("redis-down", IDS)).contains("redis-down-degradation");
    }

    @Test
    void suggestsNothingFarFetched() {
        assertThat(Suggestions.closest("kafka", IDS)).isEmpty();
        assertThat(Suggestions.didYouMeanOnly("kafka", IDS)).isEmpty();
    }

    @Test
    void listsTheAllowedValuesWhenNothingIsClose() {
        assertThat(Suggestions.didYouMean("quarterly", List.of("open", "mitigated")))
                .isEqualTo("Expected one of: mitigated, open.");
    }
}
