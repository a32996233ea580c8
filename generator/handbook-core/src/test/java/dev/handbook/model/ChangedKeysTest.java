package dev.handbook.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A key counts as changed when what its map answers for it changed, stored or not. */
class ChangedKeysTest {

    @Test
    void aKeyChangesWhenItsAnswerDoes() {
        Map<String, List<String>> before = Map.of("kept", List.of("a"), "edited", List.of("a"), "dropped", List.of("a"), "emptied", List.of());
        Map<String, List<String>> after = Map.of("kept", List.of("a"), "edited", List.of("b"), "added", List.of("a"), "filled", List.of());
        Set<String> changed = new HashSet<>();

        ChangedKeys.add(before, after, List.of(), changed);

        // "emptied" and "filled" answer the empty list before and after, whether the map holds them or not
        assertThat(changed).containsExactlyInAnyOrder("edited", "dropped", "added");
    }
}
